import { useEffect } from 'react';
import { useSubscription } from 'urql';
import { graphql } from '../../gql';

const MediationStepDocument = graphql(`
  subscription MediationStep($disputeId: ID!) {
    timelineAdded(disputeId: $disputeId) {
      position
    }
  }
`);

/** Asks again whenever someone else records a step of the dispute (the API's timelineAdded), so open pages stay current. */
export function useLiveReload(disputeId: string | undefined, reload: () => void): void {
  const [{ data }] = useSubscription({ query: MediationStepDocument, variables: { disputeId: disputeId ?? '' }, pause: !disputeId });
  const position = data?.timelineAdded.position;
  useEffect(() => {
    if (position) reload();
    // Only a new step asks again, not the new `reload` function each render makes.
  }, [position]);
}
