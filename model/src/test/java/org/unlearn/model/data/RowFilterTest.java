package org.unlearn.model.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.unlearn.model.BadInputException;
import org.unlearn.model.TestData;

/** Filter expressions on real samples, against pandas' query and against the columns read directly. */
class RowFilterTest {
    private static final Dataset EMPLOYEES = CsvReader.read(TestData.sample("employee_attrition.csv"));
    private static final Dataset PENGUINS = CsvReader.read(TestData.sample("penguins.csv"));
    private static final List<String> PANDAS_AGREES = List.of(
            "Age > 50 and MaritalStatus == \"Single\"",
            "(Department == \"Sales\" or JobLevel >= 4) and not OverTime == \"Yes\"",
            "MonthlyIncome <= 2500 or YearsAtCompany > 30",
            "50 < Age",
            "DistanceFromHome >= 29 and JobRole != 'Sales_Executive'",
            "not (Age < 30 or Age > 40) and Gender == \"Female\" and EducationField < \"M\"");

    @Test
    void pandasQueryPicksTheSameRowsOnEmployeeAttrition() throws Exception {
        List<int[]> pandas = pandasQuery(TestData.sample("employee_attrition.csv"), PANDAS_AGREES);
        for (int i = 0; i < PANDAS_AGREES.size(); i++) {
            int[] ours = RowFilter.parse(PANDAS_AGREES.get(i), EMPLOYEES).matchingRowIds(EMPLOYEES);
            assertTrue(ours.length > 0, PANDAS_AGREES.get(i) + " matches some rows");
            assertArrayEquals(pandas.get(i), ours, PANDAS_AGREES.get(i));
        }
    }

    @Test
    void theIssuesExampleMatchesWhatTheColumnsSay() {
        NumericColumn age = (NumericColumn) EMPLOYEES.column("Age");
        StringColumn marital = (StringColumn) EMPLOYEES.column("MaritalStatus");
        assertMatches(
                EMPLOYEES,
                "Age > 50 and MaritalStatus == \"Single\"",
                p -> age.get(p) > 50 && marital.text(p).equals("Single"));
        assertMatches(
                EMPLOYEES,
                "age > 50 AND maritalstatus == \"Single\"",
                p -> age.get(p) > 50 && marital.text(p).equals("Single"));
        assertMatches(
                EMPLOYEES,
                "Age >= 58 || Age <= 18 && MaritalStatus != \"Single\"",
                p -> age.get(p) >= 58 || (age.get(p) <= 18 && !marital.text(p).equals("Single")));
    }

    @Test
    void missingCellsMatchOnlyAMissingTest() {
        StringColumn sex = (StringColumn) PENGUINS.column("sex");
        NumericColumn bill = (NumericColumn) PENGUINS.column("bill_length_mm");
        assertEquals(11, sex.missingCount());
        assertMatches(PENGUINS, "sex == missing", sex::isMissing);
        assertMatches(PENGUINS, "sex is missing", sex::isMissing);
        assertMatches(
                PENGUINS,
                "sex is not missing and sex != \"male\"",
                p -> !sex.isMissing(p) && !sex.text(p).equals("male"));
        assertMatches(
                PENGUINS,
                "sex != \"male\"",
                p -> !sex.isMissing(p) && !sex.text(p).equals("male"));
        assertMatches(PENGUINS, "bill_length_mm != 40", p -> !bill.isMissing(p) && bill.get(p) != 40);
        assertMatches(PENGUINS, "not bill_length_mm > 40", p -> !(bill.get(p) > 40));
        assertMatches(
                PENGUINS,
                "bill_length_mm != missing and island == \"Dream\" and year == 2008",
                p -> !bill.isMissing(p)
                        && PENGUINS.column("island").text(p).equals("Dream")
                        && PENGUINS.column("year").text(p).equals("2008"));
        assertMatches(
                PENGUINS,
                "bill_length_mm > bill_depth_mm",
                p -> !bill.isMissing(p) && bill.get(p) > ((NumericColumn) PENGUINS.column("bill_depth_mm")).get(p));
    }

    @Test
    void backtickedNamesQuotesDatesAndBooleans(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("people.csv");
        Files.writeString(
                file,
                String.join(
                                "\n",
                                "name,monthly income,joined,member",
                                "\"O'Brien\",1200,2020-05-01,true",
                                "\"Say \"\"hi\"\"\",5400,2021-03-15,false",
                                "Ada,,2022-11-30,true",
                                "Bo,7000,2019-01-02,false")
                        + "\n",
                StandardCharsets.UTF_8);
        Dataset people = CsvReader.read(file);
        assertEquals(ColumnType.DATE, people.column("joined").type());
        assertEquals(ColumnType.BOOLEAN, people.column("member").type());

        assertIds(people, "`monthly income` > 5000", 2, 4);
        assertIds(people, "`monthly income` == missing", 3);
        assertIds(people, "name == 'O''Brien' or name == \"Say \\\"hi\\\"\"", 1, 2);
        assertIds(people, "joined >= \"2021-01-01\"", 2, 3);
        assertIds(people, "member == true and joined < '2021-01-01'", 1);
        assertIds(people, "member == false", 2, 4);
        assertIds(people, "`monthly income` >= 1.2e3 and `monthly income` < -1", new int[0]);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Agee > 50|1|unknown column \"Agee\"; did you mean Age? (columns: Age, Attrition, BusinessTravel, DailyRate,"
                        + " Department, DistanceFromHome, Education, EducationField, EnvironmentSatisfaction, Gender, … 21 more)",
                "Age > 50 and MaritalStatus == \"Singel\"|31|no row has MaritalStatus \"Singel\" (values: Divorced, Married, Single)",
                "Age > |6|the expression ends where a column or a value was expected",
                "(Age > 50 and Age < 60|23|the parenthesis opened at column 1 is never closed",
                "Age > 50)|9|a ) that closes nothing",
                "Age = 50|5|write == to compare, not =",
                "MaritalStatus > 5|17|MaritalStatus holds text; compare it with quoted text, e.g. MaritalStatus == \"Single\"",
                "Age == \"old\"|8|Age holds numbers; compare it with a number, not \"old\"",
                "Age > 50 Gender == \"Male\"|10|expected and, or or the end, found \"Gender\"",
                "Age > 50 and|13|the expression ends where a column or a value was expected",
                "Age 50|5|expected a comparison (== != < <= > >=) after \"Age\", found \"50\"",
                "Age < missing|5|missing is neither more nor less than a value; use == missing or != missing",
                "50 > 40|1|compare a column with a value; \"50\" and \"40\" are both values",
                "Age > 50 and `Marital|14|the column name opened with ` is never closed",
                "Department == \"Sales|15|the text opened with \" is never closed",
                "Age > 5O|8|expected and, or or the end, found \"O\"",
                "Age > 50 * 2|10|unexpected \"*\"; put a column name with spaces or signs in backticks, e.g. `monthly income`",
            })
    void aFilterThatCannotBeReadIsRefusedInOneLineNamingTheColumn(String text, int column, String why) {
        BadInputException e = assertThrows(BadInputException.class, () -> RowFilter.parse(text, EMPLOYEES));
        assertEquals("filter, column " + column + ": " + why, e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), "one line");
    }

    @Test
    void anEmptyFilterSuggestsOneOnThisDataset() {
        BadInputException e = assertThrows(BadInputException.class, () -> RowFilter.parse("  ", EMPLOYEES));
        assertEquals(
                "filter: empty; write a condition such as Age > 40",
                e.getMessage(),
                "the median to one digit, not a cell");
        assertEquals(EMPLOYEES.rowCount(), RowFilter.parse("Age > 0", EMPLOYEES).matchingPositions().length);
    }

    private static void assertMatches(Dataset data, String text, IntPredicate expected) {
        int[] want = IntStream.range(0, data.rowCount())
                .filter(expected)
                .map(data::rowId)
                .toArray();
        assertTrue(want.length > 0, text + ": the oracle matches some rows");
        assertArrayEquals(want, RowFilter.parse(text, data).matchingRowIds(data), text);
    }

    private static void assertIds(Dataset data, String text, int... ids) {
        assertArrayEquals(ids, RowFilter.parse(text, data).matchingRowIds(data), text);
    }

    /** Each expression's matching row ids (1-based data rows) by pandas' DataFrame.query, run once for all. */
    private static List<int[]> pandasQuery(Path csv, List<String> expressions) throws Exception {
        Path python = Path.of("/usr/bin/python3");
        assumeTrue(Files.isExecutable(python), "no python3 for the pandas peer");
        String script = "import sys, pandas as pd\n"
                + "df = pd.read_csv(sys.argv[1])\n"
                + "for e in sys.argv[2:]:\n"
                + "    print(' '.join(str(i + 1) for i in df.query(e, engine='python').index))\n";
        List<String> command = new ArrayList<>(List.of(python.toString(), "-c", script, csv.toString()));
        command.addAll(expressions);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assumeTrue(!out.contains("No module named 'pandas'"), "no pandas for the peer");
        assertEquals(0, process.exitValue(), out);
        return out.lines()
                .map(l -> l.isBlank()
                        ? new int[0]
                        : Arrays.stream(l.trim().split(" "))
                                .mapToInt(Integer::parseInt)
                                .toArray())
                .toList();
    }
}
