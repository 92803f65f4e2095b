package org.himkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.himkit.CredentialId;
import org.himkit.DegreeLevel;
import org.himkit.ProgramOffering;
import org.himkit.ProgramTypeId;
import org.himkit.WorkSetting;
import org.himkit.WorkSettingId;
import org.himkit.catalog.HimCatalog;
import org.junit.jupiter.api.Test;

/** Overlays add entries to a base catalog or replace some of its entries, and are checked against it. */
class OverlayTest {
  private final HimJson json = HimJson.create();
  private final HimCatalog builtIn = HimCatalog.builtIn();

  private static final String CITATION = """
      {"publisher": "Lakeside Sample College", "title": "Medical coding certificate (fictional)",
       "url": "https://lakeside.example.org/coding", "sourceType": "PRIMARY"}""";

  private static final String LOCAL_PROGRAMS = """
      {
        "formatVersion": 1,
        "add": {
          "programTypes": [
            {"id": "lakeside-coding-certificate", "name": "Medical coding certificate", "level": "POSTSECONDARY_CERTIFICATE",
             "field": "MEDICAL_CODING", "typicalLength": "P1Y", "eveningPrograms": "AVAILABLE",
             "preparesFor": ["CCA"], "citations": [%1$s]}
          ],
          "programOfferings": [
            {"id": "lakeside-coding-day", "institution": "Lakeside Sample College", "name": "Medical Coding (day)",
             "programType": "lakeside-coding-certificate", "location": {"country": "US", "region": "IL", "city": "Lakeside"},
             "deliveryModes": ["CLASSROOM"], "eveningPrograms": "NOT_AVAILABLE", "accreditationStatus": "NOT_ACCREDITED",
             "citations": [%1$s]},
            {"id": "lakeside-coding-online", "institution": "Lakeside Sample College", "name": "Medical Coding (online)",
             "programType": "lakeside-coding-certificate", "location": {"country": "US", "region": "IL"},
             "deliveryModes": ["DISTANCE"], "eveningPrograms": "AVAILABLE", "accreditationStatus": "NOT_ACCREDITED",
             "outcomes": [{"kind": "GRADUATION_RATE", "percent": "81.5", "asOf": "2026-06-30"}],
             "citations": [%1$s]}
          ]
        },
        "replace": {
          "workSettings": [
            {"id": "hospital", "name": "Hospitals and health systems", "citations": [%1$s]}
          ]
        }
      }
      """.formatted(CITATION);

  @Test
  void anOverlayAddsAndReplacesInPlace() {
    HimCatalog merged = json.readOverlay(builtIn, LOCAL_PROGRAMS);
    assertThat(merged.version()).isEqualTo(builtIn.version());
    assertThat(merged.programTypes().list()).hasSize(builtIn.programTypes().count() + 1)
        .startsWith(builtIn.programTypes().list().toArray(new org.himkit.ProgramType[0]));
    assertThat(merged.getProgramType(ProgramTypeId.of("lakeside-coding-certificate")).level())
        .isEqualTo(DegreeLevel.POSTSECONDARY_CERTIFICATE);
    assertThat(merged.programOfferings().preparingFor(CredentialId.of("CCA")).list())
        .extracting(ProgramOffering::name).containsExactly("Medical Coding (day)", "Medical Coding (online)");
    assertThat(merged.programOfferings().withEveningPrograms().list()).extracting(o -> o.id().value())
        .containsExactly("lakeside-coding-online");

    List<WorkSetting> settings = merged.workSettings().list();
    int hospital = builtIn.workSettings().list().indexOf(builtIn.getWorkSetting(WorkSettingId.HOSPITAL));
    assertThat(settings.get(hospital).name()).isEqualTo("Hospitals and health systems");
    assertThat(settings).hasSameSizeAs(builtIn.workSettings().list());
    assertThat(merged.credentials().list()).containsExactlyElementsOf(builtIn.credentials().list());
    assertThat(merged.roles().list()).containsExactlyElementsOf(builtIn.roles().list());
    assertThat(merged.renewalPolicies()).containsExactlyElementsOf(builtIn.renewalPolicies());
  }

  @Test
  void anOverlayOfTheBaseCatalogsOwnEntriesReplacedChangesNothing() {
    String replaceAll = json.writeCatalog(builtIn).replaceFirst("\"catalogVersion\" : \"[^\"]*\",", "")
        .replaceFirst("\"formatVersion\" : 1,", "\"formatVersion\" : 1, \"replace\" : {") + "}";
    Catalogs.assertSameEntries(json.readOverlay(builtIn, replaceAll), builtIn);
  }

  private List<JsonProblem> problems(String overlay) {
    HimJsonException e = catchThrowableOfType(HimJsonException.class, () -> json.readOverlay(builtIn, overlay));
    assertThat(e).as("the overlay is rejected").isNotNull();
    return e.problems();
  }

  @Test
  void anAddedIdMustBeNewAndAReplacedOneMustExist() {
    String overlay = """
        {"formatVersion": 1,
         "add": {"workSettings": [{"id": "hospital", "name": "Hospitals", "citations": [%1$s]}]},
         "replace": {"workSettings": [{"id": "space-station", "name": "Space stations", "citations": [%1$s]}]}}
        """.formatted(CITATION);
    assertThat(problems(overlay)).extracting(JsonProblem::path, JsonProblem::kind).containsExactly(
        org.assertj.core.groups.Tuple.tuple("$.add.workSettings[0].id", JsonProblem.Kind.DUPLICATE_ID),
        org.assertj.core.groups.Tuple.tuple("$.replace.workSettings[0].id", JsonProblem.Kind.UNRESOLVED_REFERENCE));
    assertThat(problems(overlay).get(0).message()).contains("already in the base catalog").contains("replace");
  }

  @Test
  void referencesResolveAgainstTheBaseCatalogAndTheOverlay() {
    String broken = LOCAL_PROGRAMS.replace("\"programType\": \"lakeside-coding-certificate\", \"location\": {\"country\": \"US\", \"region\": \"IL\"}",
        "\"programType\": \"lakeside-coding-certficate\", \"location\": {\"country\": \"US\", \"region\": \"IL\"}")
        .replace("\"preparesFor\": [\"CCA\"]", "\"preparesFor\": [\"CCA\", \"RHIM\"]");
    List<JsonProblem> problems = problems(broken);
    assertThat(problems).extracting(JsonProblem::path).containsExactly("$.add.programTypes[0].preparesFor[1]",
        "$.add.programOfferings[1].programType");
    assertThat(problems).extracting(JsonProblem::kind).containsOnly(JsonProblem.Kind.UNRESOLVED_REFERENCE);
  }

  @Test
  void anAddedPolicyVersionMustNotOverlapTheBaseCatalogsVersions() {
    String policy = json.write(builtIn.renewalPolicies().get(builtIn.renewalPolicies().size() - 1));
    List<JsonProblem> problems = problems("{\"formatVersion\": 1, \"add\": {\"renewalPolicies\": [" + policy + "]}}");
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(JsonProblem.Kind.OVERLAPPING_DATES);
      assertThat(p.path()).isEqualTo("$.add.renewalPolicies[0]");
      assertThat(p.message()).contains("the base catalog");
    });
  }

  @Test
  void anOverlayHasOnlyItsOwnMembers() {
    List<JsonProblem> problems = problems("""
        {"formatVersion": 1, "catalogVersion": "2026.2", "add": {"credentail": []}, "remove": {}}""");
    assertThat(problems).extracting(JsonProblem::path).containsExactly("$.catalogVersion", "$.add.credentail",
        "$.remove");
    assertThat(problems.get(1).message()).contains("did you mean \"credentials\"");
  }
}
