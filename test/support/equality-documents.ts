/** GraphQL documents for equality monitoring and the equal-treatment review, as a client script would send them. */
export const RECORD_EQUALITY = `mutation($input: RecordEqualityDataInput!) { recordEqualityData(input: $input) { disputeId revision position } }`;
export const WITHDRAW_CONSENT = `mutation($input: WithdrawEqualityConsentInput!) { withdrawEqualityConsent(input: $input) { disputeId revision position } }`;
export const ERASE = `mutation($input: EraseSubjectInput!) { eraseSubject(input: $input) { subjectId erasedAt revision position } }`;

export const REPORT = `query($from: DateTime!, $to: DateTime!, $dimension: String!) {
  equalTreatmentReport(from: $from, to: $to, dimension: $dimension) {
    dimension from to asOf minimumGroupSize
    groups {
      group suppressed suppressedFigures count decided upheldRate adverseImpactRatio flagged pValue test adjustedPValue
      reading { pl en } medianDaysToDecision p90DaysToDecision deadlineComplianceRate delayNoticeRate refusalCompletenessRate
      explanationsPerCase mediationOfferRate mediationAgreementRate outcomeShares { upheld partlyUpheld notUpheld }
    }
    overallTest { test pValue statistic df reading { pl en } }
  }
}`;

export const FLAGS = `query($from: DateTime!, $to: DateTime!) {
  consistencyFlags(from: $from, to: $to) { disputeId pseudonym category unit reason days peers peerMedianDays boundDays peerShareOtherWay }
}`;

/** Warsaw midnight at the start of a month of 2025 (winter offset before April, summer from April). */
export const month = (m: number) => `2025-${String(m).padStart(2, '0')}-01T00:00:00${m >= 4 && m <= 10 ? '+02:00' : '+01:00'}`;

export interface Group {
  group: string;
  suppressed: boolean;
  count: number | null;
  upheldRate: number | null;
  flagged: boolean | null;
  pValue: number | null;
  [figure: string]: unknown;
}
export const groupNamed = (groups: Group[], name: string) => groups.find((g) => g.group === name)!;
