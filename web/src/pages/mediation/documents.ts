import { graphql } from '../../gql';

/** A mediation as both the mediator's page and the clerk's panel show it. */
export const MediationFields = graphql(`
  fragment MediationFields on Mediation {
    id
    disputeId
    status
    reason
    consentDueAt
    endsAt
    extended
    result
    mediator {
      userId
      name
    }
    mediatorListEntry {
      list
      keptBy
      entry
    }
    parties {
      partyId
      name
      pseudonym
      role
      consent
    }
    sessions {
      sessionId
      startsAt
      place
      heldAt
      attendees
      cancelled
    }
    protocol {
      arrangements
      participants
      signedBy
      missingSignatureReason
      filedAt
      deliveries {
        partyId
        how
        deliveredAt
      }
    }
  }
`);

export const MyMediationsDocument = graphql(`
  query MyMediations {
    myMediations {
      ...MediationFields
    }
  }
`);

export const ScheduleSessionDocument = graphql(`
  mutation ScheduleMediationSession($input: ScheduleMediationSessionInput!) {
    scheduleMediationSession(input: $input) {
      disputeId
      mediationId
      revision
    }
  }
`);
export const RecordSessionDocument = graphql(`
  mutation RecordMediationSession($input: RecordMediationSessionInput!) {
    recordMediationSession(input: $input) {
      disputeId
      mediationId
      revision
    }
  }
`);
export const CancelSessionDocument = graphql(`
  mutation CancelMediationSession($input: CancelMediationSessionInput!) {
    cancelMediationSession(input: $input) {
      disputeId
      mediationId
      revision
    }
  }
`);
export const FileProtocolDocument = graphql(`
  mutation FileMediationProtocol($input: FileMediationProtocolInput!) {
    fileMediationProtocol(input: $input) {
      disputeId
      mediationId
      revision
    }
  }
`);
export const DeliverProtocolDocument = graphql(`
  mutation RecordProtocolDelivery($input: RecordProtocolDeliveryInput!) {
    recordProtocolDelivery(input: $input) {
      disputeId
      mediationId
      revision
    }
  }
`);
export const EndMediationDocument = graphql(`
  mutation EndMediation($input: EndMediationInput!) {
    endMediation(input: $input) {
      disputeId
      mediationId
      revision
    }
  }
`);
export const ExtendMediationDocument = graphql(`
  mutation ExtendMediation($input: ExtendMediationInput!) {
    extendMediation(input: $input) {
      disputeId
      mediationId
      revision
    }
  }
`);
export const DisclosureDocument = graphql(`
  mutation RecordMediatorDisclosure($input: RecordMediatorDisclosureInput!) {
    recordMediatorDisclosure(input: $input) {
      disputeId
      mediationId
      revision
    }
  }
`);
export const RecuseDocument = graphql(`
  mutation RecuseMediator($input: RecuseMediatorInput!) {
    recuseMediator(input: $input) {
      disputeId
      mediationId
      revision
    }
  }
`);
export const ProposeDocument = graphql(`
  mutation ProposeMediation($input: ProposeMediationInput!) {
    proposeMediation(input: $input) {
      disputeId
      mediationId
      revision
    }
  }
`);
export const ConsentDocument = graphql(`
  mutation RecordMediationConsent($input: MediationConsentInput!) {
    recordMediationConsent(input: $input) {
      disputeId
      mediationId
      revision
    }
  }
`);
export const AppointDocument = graphql(`
  mutation AppointMediator($input: AppointMediatorInput!) {
    appointMediator(input: $input) {
      disputeId
      mediationId
      revision
    }
  }
`);
