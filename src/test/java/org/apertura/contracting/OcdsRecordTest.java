package org.apertura.contracting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The incremental merge gives what a merge from scratch gives, and 1.0 data merges by the 1.0 rules. */
class OcdsRecordTest {

    private static final MergeRules V1_1 = MergeRules.of(OcdsVersion.V1_1);

    private final List<JsonNode> fictional = SharedReference.elements(SharedReference.read(
            SharedReference.ocds("fictional-example", "ocds-213czf-000-00001.json")).get("releases"));

    @Test
    void addingReleasesOneByOneInDateOrderMergesWithoutRecompiling() {
        OcdsRecord all = OcdsRecord.of(fictional, V1_1, true);
        OcdsRecord oneByOne = new OcdsRecord("ocds-213czf-000-00001", V1_1, true);
        fictional.forEach(oneByOne::add);

        assertThat(oneByOne.recompilations()).isZero();
        assertThat(oneByOne.compiledRelease()).isEqualTo(all.compiledRelease());
        assertThat(oneByOne.versionedRelease()).isEqualTo(all.versionedRelease());
    }

    @Test
    void anEarlierReleaseArrivingLateRecompilesToTheSameRecord() {
        OcdsRecord all = OcdsRecord.of(fictional, V1_1, true);
        List<JsonNode> reversed = new ArrayList<>(fictional);
        Collections.reverse(reversed);
        OcdsRecord late = new OcdsRecord("ocds-213czf-000-00001", V1_1, true);
        reversed.forEach(late::add);

        assertThat(late.recompilations()).isPositive();
        assertThat(late.compiledRelease()).isEqualTo(all.compiledRelease());
        assertThat(late.versionedRelease()).isEqualTo(all.versionedRelease());
        assertThat(late.releases()).extracting(r -> r.get("date").asString()).isSorted();
    }

    @Test
    void compiledReleaseTakesTheLatestDateForItsIdAndTagsItCompiled() {
        JsonNode compiled = OcdsRecord.of(fictional, V1_1, false).compiledRelease();

        String latest = fictional.stream().map(r -> r.get("date").asString()).max(String::compareTo).orElseThrow();
        assertThat(compiled.get("id").asString()).isEqualTo("ocds-213czf-000-00001-" + latest);
        assertThat(compiled.get("date").asString()).isEqualTo(latest);
        assertThat(compiled.get("tag")).containsExactly(OcdsJson.MAPPER.getNodeFactory().stringNode("compiled"));
    }

    @Test
    void suppliersMergeAsAWholeListIn10AndByIdentifierIn11() {
        List<JsonNode> releases = List.of(
                json("{'ocid':'ocds-x-1','id':'1','date':'2015-01-01T00:00:00Z','tag':['award'],"
                        + "'awards':[{'id':'a','suppliers':[{'id':'s1','name':'Uno SA de CV'}]}]}"),
                json("{'ocid':'ocds-x-1','id':'2','date':'2015-02-01T00:00:00Z','tag':['awardUpdate'],"
                        + "'awards':[{'id':'a','suppliers':[{'id':'s2','name':'Dos SC'}]}]}"));

        JsonNode v10 = OcdsRecord.of(releases, MergeRules.of(OcdsVersion.V1_0), true).compiledRelease();
        JsonNode v11 = OcdsRecord.of(releases, V1_1, true).compiledRelease();

        assertThat(v10.at("/awards/0/suppliers")).isEqualTo(json("[{'id':'s2','name':'Dos SC'}]"));
        assertThat(v11.at("/awards/0/suppliers"))
                .isEqualTo(json("[{'id':'s1','name':'Uno SA de CV'},{'id':'s2','name':'Dos SC'}]"));
    }

    @Test
    void versionedReleaseRecordsAChangeOnlyWhenTheValueChanges() {
        List<JsonNode> releases = List.of(
                json("{'ocid':'ocds-x-1','id':'1','date':'2015-01-01T00:00:00Z','tender':{'value':{'amount':100}}}"),
                json("{'ocid':'ocds-x-1','id':'2','date':'2015-01-02T00:00:00Z','tender':{'value':{'amount':100.0}}}"),
                json("{'ocid':'ocds-x-1','id':'3','date':'2015-01-03T00:00:00Z','tender':{'value':{'amount':120.5}}}"));

        JsonNode amount = OcdsRecord.of(releases, V1_1, true).versionedRelease().at("/tender/value/amount");

        assertThat(amount).extracting(v -> v.get("releaseID").asString()).containsExactly("1", "3");
    }

    @Test
    void rulesComeFromTheSchemaOfEachVersion() {
        assertThat(MergeRules.of(OcdsVersion.V1_1).asPaths())
                .containsEntry("id", "omitWhenMerged")
                .containsEntry("tag", "omitWhenMerged")
                .containsEntry("parties/additionalIdentifiers", "wholeListMerge")
                .containsEntry("tender/items/additionalClassifications", "wholeListMerge")
                .doesNotContainKey("awards/suppliers");
        assertThat(MergeRules.of(OcdsVersion.V1_0).asPaths())
                .containsEntry("ocid", "omitWhenMerged")
                .containsEntry("awards/suppliers", "wholeListMerge")
                .containsEntry("tender/tenderers", "wholeListMerge");
    }

    @Test
    void rulesFollowingRefsEqualThoseOfTheDereferencedSchema() {
        JsonNode dereferenced = SharedReference.read(SharedReference.ocds("schema-1.1.5-dereferenced",
                "dereferenced-release-schema.json"));
        assertThat(MergeRules.of(OcdsVersion.V1_1).asPaths())
                .isEqualTo(MergeRules.fromSchema(dereferenced).asPaths());
    }

    @Test
    void aReleaseWithoutDateOrOfAnotherProcessIsRefused() {
        OcdsRecord record = new OcdsRecord("ocds-x-1", V1_1, false);
        assertThatThrownBy(() -> record.add(json("{'ocid':'ocds-x-1','id':'1'}")))
                .isInstanceOfSatisfying(OcdsDataException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("contracting.ocds.missingDate"));
        assertThatThrownBy(() -> record.add(json("{'ocid':'ocds-x-2','id':'1','date':'2015-01-01T00:00:00Z'}")))
                .isInstanceOfSatisfying(OcdsDataException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("contracting.ocds.otherOcid"));
    }

    @Test
    void anObjectWhereALiteralWasIsAnInconsistentType() {
        List<JsonNode> releases = List.of(
                json("{'ocid':'ocds-x-1','id':'1','date':'2015-01-01T00:00:00Z','tender':{'value':'mucho'}}"),
                json("{'ocid':'ocds-x-1','id':'2','date':'2015-01-02T00:00:00Z','tender':{'value':{'amount':1}}}"));
        assertThatThrownBy(() -> OcdsRecord.of(releases, V1_1, false))
                .isInstanceOfSatisfying(OcdsDataException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("contracting.ocds.inconsistentType"));
    }

    /** An object of many fields (the merge indexes those past 32) keeps its order and takes each latest value. */
    @Test
    void anObjectOfManyFieldsMergesFieldByField() {
        StringBuilder first = new StringBuilder();
        StringBuilder second = new StringBuilder();
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 80; i++) {
            first.append(",'f").append(i).append("':'first ").append(i).append("'");
            // The second release changes every third field, drops the others and adds its own at the end.
            if (i % 3 == 0) {
                second.append(",'f").append(i).append("':'second ").append(i).append("'");
            }
            expected.append(",'f").append(i).append("':'").append(i % 3 == 0 ? "second " : "first ").append(i)
                    .append("'");
        }
        // Names written as encoded once, or (escaped, beyond ASCII) as strings, come out as Jackson writes them.
        String names = ",'título':1,'a\\\"b':2,'c\\u0001d':3,'x/y':4";
        first.append(names);
        expected.append(names);
        second.append(",'g':'new'");
        expected.append(",'g':'new'");
        List<JsonNode> releases = List.of(
                json("{'ocid':'ocds-x-1','id':'1','date':'2015-01-01T00:00:00Z','tag':['tender'],'tender':{'id':'t'"
                        + first + "}}"),
                json("{'ocid':'ocds-x-1','id':'2','date':'2015-02-01T00:00:00Z','tag':['tenderUpdate'],'tender':{'id':'t'"
                        + second + "}}"));
        for (List<JsonNode> read : List.of(releases, releases.stream()
                .map(r -> Utf8Tree.read(OcdsJson.MAPPER.writeValueAsBytes(r))).toList())) {
            OcdsRecord record = OcdsRecord.of(read, V1_1, false);
            JsonNode compiled = record.compiledRelease();
            assertThat(compiled.get("tender")).isEqualTo(json("{'id':'t'" + expected + "}"));
            java.io.ByteArrayOutputStream written = new java.io.ByteArrayOutputStream();
            try (tools.jackson.core.JsonGenerator out = OcdsJson.MAPPER.createGenerator(written)) {
                record.writeCompiledRelease(out);
            }
            assertThat(written.toString(java.nio.charset.StandardCharsets.UTF_8))
                    .isEqualTo(OcdsJson.MAPPER.writeValueAsString(compiled));
            assertThat(compiled.get("tender").propertyNames()).containsExactlyElementsOf(
                    json("{'id':'t'" + expected + "}").propertyNames());
        }
    }

    static JsonNode json(String singleQuoted) {
        return OcdsJson.MAPPER.readTree(singleQuoted.replace('\'', '"'));
    }
}
