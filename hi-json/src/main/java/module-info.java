/**
 * HIM Kit JSON: every HIM Kit value as JSON with Jackson 3, whole catalogs and overlays read from
 * files with every problem reported at once, and credentials, roles, occupations and programs as CTDL
 * and schema.org JSON-LD.
 *
 * <p>Add {@link org.himkit.json.HimJsonModule} to a {@code JsonMapper}, or use the
 * {@link org.himkit.json.HimJson} facade, which also sets the documented read limits. The JSON shape is
 * documented in {@code docs/json.md}.
 */
module org.himkit.json {
  requires transitive org.himkit.core;
  requires transitive tools.jackson.databind;
  requires com.google.common;
  requires static transitive org.jspecify;

  exports org.himkit.json;
}
