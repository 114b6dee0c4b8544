package org.unlearn.views.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.unlearn.model.data.ColumnRole;
import org.unlearn.views.TestFiles;
import org.unlearn.views.common.ImmediateWork;
import org.unlearn.views.common.OpenRequest;
import org.unlearn.views.common.Outcome;
import org.unlearn.views.plane.Grouping;
import org.unlearn.views.plane.PlaneContent;

class DataViewModelTest {
    private final ImmediateWork work = new ImmediateWork();
    private final DataViewModel model = new DataViewModel(work);

    private void openPenguins() {
        model.open(new OpenRequest(TestFiles.sample("penguins.csv"), "species"));
        assertTrue(model.loadedProperty().get(), "penguins did not open: " + work.outcomes());
    }

    @Test
    void nothingIsShownBeforeAFileOpens() {
        assertFalse(model.loadedProperty().get());
        assertTrue(model.columns().isEmpty());
        assertTrue(model.roleChangeExecutableProperty().not().get(), "roles of nothing cannot change");
        assertTrue(model.openExecutableProperty().get());
    }

    @Test
    void openingASampleShowsItsHeaderColumnsClassesEncodingAndRows() {
        openPenguins();

        assertEquals("penguins.csv", model.titleProperty().get());
        assertEquals(
                "344 rows × 8 columns · comma-separated, double quotes",
                model.detailsProperty().get());
        assertEquals(
                List.of(
                        "species",
                        "island",
                        "bill_length_mm",
                        "bill_depth_mm",
                        "flipper_length_mm",
                        "body_mass_g",
                        "sex",
                        "year"),
                model.columns().stream().map(ColumnSummary::name).toList());
        ColumnSummary species = model.columns().get(0);
        assertEquals(ColumnRole.LABEL, species.role());
        assertEquals("chosen as the label", species.reason());
        ColumnSummary sex = model.columns().get(6);
        assertEquals(new ColumnSummary("sex", "categorical", ColumnRole.FEATURE, 11, 2, "a categorical input"), sex);
        assertEquals(Map.of("Adelie", 152, "Chinstrap", 68, "Gentoo", 124), counts());
        assertEquals("\"species\": 3 classes", model.labelSummaryProperty().get());
        assertEquals(
                "species: label, 3 classes [Adelie, Chinstrap, Gentoo]",
                model.encodingSteps().get(model.encodingSteps().size() - 1));
        assertTrue(
                model.encodingSteps().contains("island: one-hot over 3 levels; missing -> \"Biscoe\""),
                model.encodingSteps().toString());
        assertEquals(
                "344 rows × 10 encoded features",
                model.encodingSummaryProperty().get());

        Preview preview = model.previewProperty().get();
        assertEquals(DataViewModel.PREVIEW_ROWS, preview.rows().size());
        assertEquals(344, preview.totalRows());
        assertEquals(1, preview.rows().get(0).rowId());
        assertEquals(
                List.of("Adelie", "Torgersen", "39.1", "18.7", "181", "3750", "male", "2007"),
                preview.rows().get(0).cells());
        assertEquals(200, preview.rows().get(199).rowId());
    }

    @Test
    void theRegressionSampleOpensWithEveryMeasurementAsAFeature() {
        model.open(new OpenRequest(TestFiles.sample("diabetes.csv"), "progression"));
        assertTrue(model.loadedProperty().get(), "diabetes did not open: " + work.outcomes());
        assertEquals(
                10,
                model.columns().stream()
                        .filter(c -> c.role() == ColumnRole.FEATURE)
                        .count(),
                model.columns().toString());
        assertNotNull(
                model.scatterProperty().get(), model.scatterStatusProperty().get());
        assertEquals(
                "442 rows × 10 encoded features",
                model.encodingSummaryProperty().get());
    }

    @Test
    void openingASampleProjectsItsRowsColouredByClass() {
        openPenguins();

        ScatterData scatter = model.scatterProperty().get();
        assertNotNull(scatter, model.scatterStatusProperty().get());
        Grouping byClass = scatter.content().groupings().get(0);
        assertEquals("class", byClass.name());
        assertEquals(List.of("Adelie", "Chinstrap", "Gentoo"), names(byClass));
        assertEquals(List.of(152, 68, 124), List.of(byClass.size(0), byClass.size(1), byClass.size(2)));
        assertEquals(344, scatter.content().size(), "every row is drawn");
        assertSame(scatter.content(), model.picture().contentProperty().get(), "the picture shows the projection");
        assertEquals(List.of("class"), model.picture().colourChoices());
        assertTrue(scatter.xLabel().matches("PC1 \\(\\d+% of variance\\)"), scatter.xLabel());
        assertTrue(scatter.yLabel().matches("PC2 \\(\\d+% of variance\\)"), scatter.yLabel());
        assertEquals("all 344 rows", scatter.note());
        assertEquals("", model.scatterStatusProperty().get());
        assertSame(scatter.plane(), model.planeProperty().get(), "the forget view draws on the same plane");
        assertEquals(344, model.planeProperty().get().rows().size());
        // The Gentoo are well apart from the others along the first component.
        assertTrue(meanX(scatter.content(), 2) > meanX(scatter.content(), 0) + 1);
        assertEquals(
                List.of(
                        "species: Adelie",
                        "island: Torgersen",
                        "bill_length_mm: 39.1",
                        "bill_depth_mm: 18.7",
                        "flipper_length_mm: 181",
                        "body_mass_g: 3750",
                        "sex: male",
                        "year: 2007"),
                scatter.content().details(0),
                "the hover card shows the row's cells as read");
    }

    @Test
    void aLargeFileIsDrawnWholeAndTheChartSaysPcaWasFittedOnASample() {
        model.open(new OpenRequest(TestFiles.sample("statlog_shuttle.csv.gz"), "Class"));

        ScatterData scatter = model.scatterProperty().get();
        assertEquals(58_000, scatter.content().size());
        Grouping byClass = scatter.content().groupings().get(0);
        assertEquals(
                58_000,
                java.util.stream.IntStream.range(0, byClass.groupCount())
                        .map(byClass::size)
                        .sum());
        assertEquals("all 58,000 rows, PCA fitted on 4,000 (seed 1)", scatter.note());
    }

    @Test
    void changingARoleReEncodesAndRecolours() {
        openPenguins();

        model.changeRole("island", ColumnRole.LABEL);

        assertEquals(Map.of("Biscoe", 168, "Dream", 124, "Torgersen", 52), counts());
        ColumnSummary species = model.columns().get(0);
        assertEquals(ColumnRole.FEATURE, species.role(), "the old label becomes a feature: one label at most");
        assertEquals("was the label", species.reason());
        assertEquals("set by hand", model.columns().get(1).reason());
        assertTrue(
                model.encodingSteps().contains("species: one-hot over 3 levels; missing -> \"Adelie\""),
                model.encodingSteps().toString());
        assertEquals(
                "island: label, 3 classes [Biscoe, Dream, Torgersen]",
                model.encodingSteps().get(model.encodingSteps().size() - 1));
        assertEquals(
                List.of("Biscoe", "Dream", "Torgersen"),
                names(model.scatterProperty().get().content().groupings().get(0)));
    }

    @Test
    void ignoringAColumnDropsItsFeatures() {
        openPenguins();
        Preview before = model.previewProperty().get();

        model.changeRole("island", ColumnRole.IGNORED);

        assertEquals(
                "344 rows × 7 encoded features", model.encodingSummaryProperty().get());
        assertFalse(model.encodingSteps().stream().anyMatch(s -> s.startsWith("island")));
        assertSame(before, model.previewProperty().get(), "the rows read are the same; only their use changed");
    }

    @Test
    void withoutALabelThereAreNoClassesAndOneColour() {
        openPenguins();

        model.changeRole("species", ColumnRole.IGNORED);

        assertTrue(model.classes().isEmpty());
        assertEquals(
                "No label: give one column the role \"label\" to see its classes.",
                model.labelSummaryProperty().get());
        Grouping one = model.scatterProperty().get().content().groupings().get(0);
        assertEquals(1, one.groupCount());
        assertEquals(344, one.size(0));
    }

    @Test
    void aRefusedRoleKeepsThePreviousRolesAndSaysWhyInOneLine() {
        model.open(new OpenRequest(TestFiles.sample("mnist_10k.csv.gz"), "label"));
        LoadedData before = model.dataProperty().get();

        model.changeRole("p0", ColumnRole.LABEL);

        assertEquals(
                List.of("mnist_10k.csv.gz: label \"p0\" has one class: there is nothing to tell apart"),
                work.refusals());
        assertSame(before, model.dataProperty().get());
        assertEquals(ColumnRole.LABEL, roleOf("label"));
        assertEquals(ColumnRole.IGNORED, roleOf("p0"));
        assertEquals(10, model.classes().size());
    }

    @Test
    void aWideFileIsPreviewedAPageOfColumnsAtATime() {
        model.open(new OpenRequest(TestFiles.sample("mnist_10k.csv.gz"), "label"));
        ColumnPager pager = model.previewColumns();
        assertEquals("Columns 1–40 of 785", pager.textProperty().get());
        assertFalse(pager.earlierProperty().get());

        pager.showLater();
        assertEquals("Columns 41–80 of 785", pager.textProperty().get());
        assertEquals(40, pager.firstProperty().get());

        openPenguins();
        assertEquals("", pager.textProperty().get(), "eight columns fit on one page");
        assertEquals(0, pager.firstProperty().get());
        assertEquals(8, pager.end());
    }

    @Test
    void theLastFeatureCannotBeLeftOut() {
        openPenguins();
        for (String column :
                List.of("island", "bill_length_mm", "bill_depth_mm", "flipper_length_mm", "body_mass_g", "sex")) {
            model.changeRole(column, ColumnRole.IGNORED);
        }
        LoadedData before = model.dataProperty().get();

        model.changeRole("year", ColumnRole.IGNORED);

        assertEquals(
                List.of(
                        "penguins.csv: no usable feature columns (every feature is constant, free text or an identifier)"),
                work.refusals());
        assertSame(before, model.dataProperty().get());
        assertEquals(ColumnRole.FEATURE, roleOf("year"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "ragged.csv|ragged.csv line 3: 2 fields, expected 3",
                "empty.csv|empty.csv: the file is empty",
                "binary.csv|binary.csv: not a text table (binary content at byte 5)",
                "header_only.csv|header_only.csv: has a header but no data rows",
                "one_class.csv|one_class.csv: label \"label\" has one class: there is nothing to tell apart"
            })
    void aBadFileLeavesTheOpenDatasetInPlaceAndSaysWhyInOneLine(String file, String message) {
        openPenguins();
        LoadedData before = model.dataProperty().get();
        ScatterData picture = model.scatterProperty().get();

        model.open(OpenRequest.inferLabel(TestFiles.bad(file)));

        assertEquals(List.of(message), work.refusals());
        assertSame(before, model.dataProperty().get());
        assertSame(picture, model.scatterProperty().get());
        assertEquals("penguins.csv", model.titleProperty().get());
        assertEquals(8, model.columns().size());
        assertTrue(model.openExecutableProperty().get(), "a refusal must not leave the command running");
    }

    @Test
    void aCancelledOpenLeavesTheOpenDatasetInPlace() {
        openPenguins();
        LoadedData before = model.dataProperty().get();

        work.cancelJobs(title -> title.equals("Open statlog_shuttle.csv.gz"));
        model.open(new OpenRequest(TestFiles.sample("statlog_shuttle.csv.gz"), "Class"));

        assertInstanceOf(
                Outcome.Cancelled.class, work.outcomes().get(work.outcomes().size() - 1));
        assertSame(before, model.dataProperty().get());
        assertEquals("penguins.csv", model.titleProperty().get());
    }

    @Test
    void aCancelledProjectionCanBeAskedForAgain() {
        work.cancelJobs(title -> title.startsWith("Project"));
        openPenguins();
        assertNull(model.scatterProperty().get());
        assertEquals(
                "The projection was cancelled.", model.scatterStatusProperty().get());
        assertTrue(model.canProjectProperty().get());

        work.cancelJobs(title -> false);
        model.project();

        assertNotNull(model.scatterProperty().get());
        assertEquals("", model.scatterStatusProperty().get());
        assertFalse(model.canProjectProperty().get(), "the projection is there; nothing to ask for");
    }

    private ColumnRole roleOf(String column) {
        return model.columns().stream()
                .filter(c -> c.name().equals(column))
                .findFirst()
                .orElseThrow()
                .role();
    }

    private Map<String, Integer> counts() {
        return model.classes().stream().collect(Collectors.toMap(ClassCount::name, ClassCount::rows));
    }

    private static double meanX(PlaneContent content, int group) {
        Grouping g = content.groupings().get(0);
        return java.util.stream.IntStream.range(0, content.size())
                .filter(p -> g.groupOf(p) == group)
                .mapToDouble(content::x)
                .average()
                .orElseThrow();
    }

    private static List<String> names(Grouping g) {
        return java.util.stream.IntStream.range(0, g.groupCount())
                .mapToObj(g::groupName)
                .toList();
    }
}
