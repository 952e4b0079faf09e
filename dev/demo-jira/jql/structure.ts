/** The `structure` of a jql/parse answer, in Jira's JqlQuery shape, from a parsed query. */
import type { Clause, Operand, Query } from '@atlassianlabs/jql-ast';

type Json = Record<string, unknown>;

function operandJson(operand: Operand): Json {
  switch (operand.operandType) {
    case 'value':
      return { value: operand.value };
    case 'keyword':
      return { keyword: 'EMPTY' };
    case 'function':
      return { function: operand.function.value, arguments: operand.arguments.map((a) => a.value) };
    case 'list':
      return { values: operand.values.map(operandJson) };
  }
}

function clauseJson(clause: Clause): Json {
  switch (clause.clauseType) {
    case 'compound':
      return { clauses: clause.clauses.map(clauseJson), operator: clause.operator.value };
    case 'not':
      return { clauses: [clauseJson(clause.clause)], operator: 'not' };
    case 'terminal':
      return {
        field: { name: clause.field.value },
        operator: clause.operator?.value ?? '',
        ...(clause.operand ? { operand: operandJson(clause.operand) } : {}),
      };
  }
}

/** Query → `{where?, orderBy?}`. */
export function toStructure(query: Query | undefined): Json {
  if (!query) return {};
  return {
    ...(query.where ? { where: clauseJson(query.where) } : {}),
    ...(query.orderBy
      ? {
          orderBy: {
            fields: query.orderBy.fields.map((f) => ({
              field: { name: f.field.value },
              ...(f.direction ? { direction: f.direction.value.toLowerCase() } : {}),
            })),
          },
        }
      : {}),
  };
}
