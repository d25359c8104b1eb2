// Spectral ruleset of openapi.yaml (make lint-openapi, run by make test): the built-in OpenAPI rules
// and the OWASP API Security Top 10 2023 ruleset, with these changes, each for a reason:
//
// - owasp:api4:2023-{string,array,integer}-limit and -integer-format look at what a client SENDS
//   (parameters and request bodies, with the schemas they refer to): API4 is resource exhaustion by
//   input. Schemas only ever answered are written by the server from values that passed these
//   limits; lists are bounded by paging (size ≤ 100). The limits themselves: docs/adr/0041.
import { oas } from '@stoplight/spectral-rulesets';
import owasp from '@stoplight/spectral-owasp-ruleset';

const INPUTS = ['$.paths[*][*].parameters[*]', '$.paths[*][*].requestBody'];
const typed = (type) =>
  INPUTS.flatMap((root) => [
    `${root}..[?(@ && @.type=="${type}")]`,
    `${root}..[?(@ && @.type && @.type.constructor.name === "Array" && @.type.includes("${type}"))]`,
  ]);

const inputsOnly = {
  'owasp:api4:2023-string-limit': typed('string'),
  'owasp:api4:2023-array-limit': typed('array'),
  'owasp:api4:2023-integer-limit': typed('integer'),
  'owasp:api4:2023-integer-format': typed('integer'),
};

const rules = {};
for (const [name, given] of Object.entries(inputsOnly)) {
  rules[name] = { ...owasp.rules[name], given };
}

export default {
  extends: [oas, owasp],
  rules,
};
