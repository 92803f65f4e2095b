/**
 * HIM Kit values and answers as JSON: a Jackson 3 module, a facade that reads and writes catalog documents and
 * overlays with safe read limits, the problems a broken document is rejected with, and the CTDL and
 * schema.org JSON-LD exports.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new HimJsonModule()).build();
 * String json = mapper.writeValueAsString(HimCatalog.builtIn().getCredential(CredentialId.of("RHIT")));
 * }</pre>
 *
 * <p>The shape is stable and documented in {@code docs/json.md}: camelCase names, ISO-8601 dates and
 * periods, CEUs and money as decimal strings, typed ids as plain strings, enums by name, requirement
 * trees as tagged objects, absent values omitted. Nothing in the input chooses a Java class.
 */
@NullMarked
package org.himkit.json;

import org.jspecify.annotations.NullMarked;
