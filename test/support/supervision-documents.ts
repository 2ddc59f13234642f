/** GraphQL documents of the supervision specifications (issue 4). */
export const DEADLINES = `query($within: Int) { deadlines(within: $within) { disputeId dueAt daysLeft workingDaysLeft dispute { id overdue } } }`;
export const OVERDUE = `{ overdue { disputeId dueAt daysLate workingDaysLate dispute { id overdue } } }`;
export const DEADLINES_AS_OF = `query($at: DateTime!, $within: Int) { deadlinesAsOf(at: $at, within: $within) { disputeId dueAt daysLeft workingDaysLeft dispute { id dueAt overdue } } }`;
export const OVERDUE_AS_OF = `query($at: DateTime!) { overdueAsOf(at: $at) { disputeId dueAt daysLate workingDaysLate dispute { id dueAt overdue status } } }`;
const WORKLOAD_FIELDS = `at weekEnds
  byAssignee { assignee { userId name } open dueThisWeek overdue averageAgeDays }
  byUnit { unit open dueThisWeek overdue averageAgeDays }`;
export const WORKLOAD = `{ workload { ${WORKLOAD_FIELDS} } }`;
export const WORKLOAD_AS_OF = `query($at: DateTime!) { workloadAsOf(at: $at) { ${WORKLOAD_FIELDS} } }`;
export const DISPUTES = `query($filter: DisputeFilterInput, $first: Int, $after: String, $sort: DisputeSort) {
  disputes(filter: $filter, first: $first, after: $after, sort: $sort) {
    totalCount pageInfo { endCursor hasNextPage } edges { cursor node { id status dueAt receivedAt } }
  }
}`;
export const SEARCH = `query($text: String!, $first: Int) { search(text: $text, first: $first) { disputeId field at snippet dispute { id category } } }`;
export const REGISTER = `query($from: DateTime!, $to: DateTime!) {
  register(from: $from, to: $to) { disputeId number receivedAt complainant complainantStatus category handledBy settlement settledAt }
}`;
