/**
 * The words the server draws (render/ and functions/), in English: the source catalogue. Every other
 * catalogue has exactly these keys (the compiler checks it) with the same arguments (the tests check
 * it). Messages are ICU MessageFormat (i18n/message.ts): whole sentences with `{arguments}`, plurals
 * and selects, never fragments glued together in code.
 */
export const en = {
  // Status cards: the state's word when there is no message, and why a gadget shows no number.
  'state.error': 'Error',
  'state.empty': 'No data',
  'state.loading': 'Loading',
  'status.notConfigured': 'Edit this gadget to choose what it shows',
  'status.invalidConfig': "This gadget's settings need fixing",
  'status.invalidJql': 'Jira could not run this query',
  'status.noPermission': "You don't have permission to see this data",
  'status.notFound': 'The filter, project or version was not found',
  'status.rateLimited': 'Jira is rate limiting Glance right now',
  'status.unavailable': 'Jira is not responding right now',
  'status.timeout': 'Jira took too long to answer',
  'status.badResponse': 'Jira sent an answer Glance could not read',
  'status.noData': 'No data to show',
  'status.unauthenticated': 'Sign in to Jira to see this gadget',
  'status.internal': 'Something went wrong in Glance',
  'status.unknownKind': 'Unknown gadget kind',
  'status.withDetail': '{message}: {detail}',
  'status.andMore': '{message} (and {count, plural, other {# more}})',
  'status.retryIn': 'retry in {seconds} s',
  'status.retryInMinutes': 'retry in {minutes} min',
  'status.retryInHours': 'retry in {hours} h',
  'rate.burst': 'Jira\'s per-second request limit was reached',
  'rate.tenantQuota': 'Glance\'s hourly Jira quota for this site is used up',
  'rate.quota': 'Glance\'s hourly Jira quota is used up',
  'rate.perIssue': 'Jira\'s per-issue limit was reached',
  'rate.cost': 'Jira\'s cost budget for Glance is used up',
  'rate.limit': 'Jira\'s rate limit was reached',
  'rate.nearLimit': 'Jira\'s rate-limit budget for Glance is nearly spent',
  'stale.asOf': 'as of {time}',
  'stale.asOfDay': 'as of {date}, {time}',
  'status.a11yDetail': '{message}. {detail}',

  // Accessible names (aria-label and <title>) shared by the gadgets.
  'a11y.titled': '{title}: {text}',
  'a11y.separator': ', ',
  'a11y.atLeast': 'at least {value}',
  'a11y.valueLabel': '{value} {label}',
  'a11y.mapped': '{text} ({value})',
  'a11y.target': 'target {target}',
  'coverage.note': '{count, plural, one {first # issue} other {first # issues}}',
  'coverage.a11y': '{count, plural, one {from the first # issue} other {from the first # issues}}',
  'a11y.withCoverage': '{text} ({coverage})',

  // Threshold states in words: a band's name when it has no label, and where the value is.
  'threshold.ok': 'ok',
  'threshold.warning': 'warning',
  'threshold.critical': 'critical',
  'threshold.good': '{name}, {where, select, above {above {from}} other {at {from}}}',
  'threshold.bad': '{where, select, above {above {name} {from}} other {at {name} {from}}}',
  'threshold.base': '{name}, below {next} {from}',

  'gauge.badScale': 'The scale needs a minimum below its maximum.',
  'gauge.a11yScale':
    '{value} on a scale of {min} to {max}{position, select, above { (above the maximum)} below { (below the minimum)} other {}}',

  'counter.noChange': 'No change',
  'counter.noChangeLabel': 'No change {label}',
  'counter.a11yNoChange': 'no change',
  'counter.a11yNoChangeLabel': 'no change {label}',
  'counter.a11yUp': 'up {amount}',
  'counter.a11yDown': 'down {amount}',
  'counter.withPercent': '{amount} ({percent})',
  // After a change of a percentage: percentage points.
  'counter.pointsSuffix': '\u00A0pp',

  'progress.noIssues': 'No issues',
  'progress.noIssuesDetail': 'Nothing matches this query yet.',
  'progress.countDone': '{done} of {total} done',
  'progress.count': '{done} of {total} {label}',
  'progress.todo': 'To Do',
  'progress.inProgress': 'In Progress',
  'progress.done': 'Done',
  'progress.a11ySegment': '{name} {count}',

  // Expected progress: the state beside the time-elapsed marker, and the time in words.
  'expected.onTrack': 'On track',
  'expected.ahead': 'Ahead by {amount}',
  'expected.behind': 'Behind by {amount}',
  'expected.elapsed': '{percent} of time elapsed',
  'expected.custom': '{percent} {label}',
  'expected.day': '{percent} · Day {day} of {days}',
  'expected.starts': 'Starts {date}',
  'expected.ended': 'Ended {date}',
  'expected.sprintDay': '{sprint} · Day {day} of {days}',
  'expected.sprintStarts': '{sprint} · starts {date}',
  'expected.sprintEnded': '{sprint} · ended {date}',
  'expected.a11y': '{state, select, ahead {ahead by {amount}} behind {behind by {amount}} other {on track}} ({elapsed})',
  'sprint.noField': 'This Jira site has no Sprint field (Jira Software): measure the time with dates or a version instead.',
  'sprint.none': 'None of these issues is in an active sprint.',
  'sprint.several': 'These issues are in more than one active sprint ({names}): narrow the source to one sprint.',
  'formula.noValue': '{name} has no value',
  'formula.divisionByZero': 'division by zero',
  'formula.notANumber': 'the result is not a number',
  'formula.tooLarge': 'the result is too large',
  'version.missingDates': '{missing, select, start {The version "{name}" has no start date in Jira; set it there, or enter the dates in the gadget.} release {The version "{name}" has no release date in Jira; set it there, or enter the dates in the gadget.} other {The version "{name}" has no start date and no release date in Jira; set them there, or enter the dates in the gadget.}}',
  'version.releasedBeforeStart': 'The version "{name}" is released ({end}) before it starts ({start}) in Jira.',
  'field.notNumbers': 'The field {field} does not hold numbers (any more); choose a number field.',
  'jql.invalid': 'The query is not valid JQL: {errors}',
  'jql.filterInvalid': 'The saved filter "{name}" is not valid JQL: {errors}',
  'jql.unbounded': 'The query has no search restriction (for example project = KEY); Jira refuses to count all issues at once.',
  'jql.filterUnbounded': 'The saved filter "{name}" has no search restriction (for example project = KEY); Jira refuses to count all issues at once.',

  'trend.a11y': 'trend over {span}: from {first} to {last}, min {min}, max {max}',
  'trend.a11yMissing': '{count, plural, one {# point missing} other {# points missing}}',
  'trend.points': '{count, plural, one {# point} other {# points}}',
  'trend.pointTitle': '{label}: {value}',

  // Units. Durations follow Jira's time tracking (1w = 5d, 1d = 8h); `n` is an already formatted number.
  'unit.week': '{n}w',
  'unit.day': '{n}d',
  'unit.hour': '{n}h',
  'unit.minute': '{n}m',
  'unit.workDays': '{n}\u00A0d',
  'unit.days': 'days',
} as const;

/** A key of the server catalogues. */
export type MessageKey = keyof typeof en;
/** A catalogue: a message for every key. */
export type Catalogue = Record<MessageKey, string>;
