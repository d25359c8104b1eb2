// Spectral ruleset of openapi.yaml (make lint-openapi, run by make test): the built-in OpenAPI rules
// and the OWASP API Security Top 10 2023 ruleset, with these changes, each for a reason:
//
// - owasp:api4:2023-{string,array,integer}-limit and -integer-format look at what a client SENDS
//   (parameters and request bodies, with the schemas they refer to): API4 is resource exhaustion by
//   input. Schemas only ever answered are written by the server from values that passed these
//   limits; lists are bounded by paging (size ≤ 100). The limits themselves: docs/adr/0041.
// - owasp:api4:2023-rate-limit looks at operations that need a login: the application rate-limits
//   third-party systems per client (docs/integration.md) and declares RateLimit-* on their answers.
//   Operations without login (/api/v1/public/..., the HSDS and catalogue reads) are anonymous reads
//   of public registers; the operator limits them at the reverse proxy (README, operating section).
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

rules['owasp:api4:2023-rate-limit'] = {
  ...owasp.rules['owasp:api4:2023-rate-limit'],
  given: '$.paths[*][?(@ && @.security && @.security.length > 0)].responses[?(@property.match(/^(2|4)/))]',
};

export default {
  extends: [oas, owasp],
  rules,
};
