/** A JQL problem Jira reports as 400 with `errorMessages` (one message per problem found). */
export class JqlError extends Error {
  readonly messages: string[];

  constructor(messages: string[]) {
    super(messages.join(' '));
    this.name = 'JqlError';
    this.messages = messages;
  }
}

export const unknownField = (name: string): string => `Field '${name}' does not exist or you do not have permission to view it.`;

export const unknownValue = (value: string, field: string): string => `The value '${value}' does not exist for the field '${field}'.`;

export const unsupportedOperator = (operator: string, field: string): string =>
  `The operator '${operator}' is not supported by the '${field}' field.`;
