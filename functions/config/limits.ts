/** Size limits of a gadget configuration (the dashboard stores it; keep it small and bounded). */
export const LIMITS = {
  title: 200,
  label: 100,
  compareLabel: 60,
  jql: 10_000,
  fieldId: 255,
  projectKey: 255,
  filterId: 19,
  versionId: 19,
  prefix: 10,
  suffix: 10,
  unit: 20,
  thresholdLabel: 40,
  thresholdSteps: 10,
  refreshMinutes: 1440,
  decimals: 3,
  formula: 200,
  variables: 5,
  trendPointsMin: 2,
  trendPointsMax: 12,
  mappings: 20,
  mappingText: 40,
  noValueText: 40,
  locale: 35,
} as const;

/** The configuration version this build writes and reads (older ones are migrated). */
export const CURRENT_VERSION = 2;
