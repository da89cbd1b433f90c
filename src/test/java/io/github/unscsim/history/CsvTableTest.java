package io.github.unscsim.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV reader: RFC 4180 quoting, comments, and errors that name the file, line and column. */
class CsvTableTest {

    private static final List<String> COLUMNS = List.of("code", "name");

    private static List<CsvTable.Row> parse(String text) {
        return CsvTable.parse("t.csv", text, COLUMNS);
    }

    @Test
    void parse_plainRowsWithComments_givesFieldsAndLines() {
        List<CsvTable.Row> rows = parse("# a comment\ncode,name\n\nFRA,France\n# another\nGBR,United Kingdom\n");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).text("code")).isEqualTo("FRA");
        assertThat(rows.get(0).line()).isEqualTo(4);
        assertThat(rows.get(1).text("name")).isEqualTo("United Kingdom");
        assertThat(rows.get(1).line()).isEqualTo(6);
    }

    @Test
    void parse_rfc4180Quotes_keepCommasQuotesAndLineBreaks() {
        // RFC 4180 section 2, rules 5-7: quoted fields may hold commas, line breaks and doubled quotes
        List<CsvTable.Row> rows = parse("code,name\r\n\"CHN\",\"China, \"\"PRC\"\"\"\r\nUSA,\"United\nStates\"\r\nRUS,\"\"\r\n"
                + "FRA,last");
        assertThat(rows).extracting(row -> row.value("name"))
                .containsExactly("China, \"PRC\"", "United\nStates", "", "last");
        assertThat(rows).extracting(CsvTable.Row::line).containsExactly(2L, 3L, 5L, 6L);
    }

    @Test
    void parse_byteOrderMarkAndCrLf_areNotPartOfTheFields() {
        List<CsvTable.Row> rows = parse("\uFEFFcode,name\r\nFRA,France\r\n");
        assertThat(rows.get(0).text("code")).isEqualTo("FRA");
        assertThat(rows.get(0).value("name")).isEqualTo("France");
    }

    @Test
    void parse_missingColumn_namesItAndTheHeaderLine() {
        assertThatThrownBy(() -> parse("# c\ncode,nom\nFRA,France\n"))
                .hasMessage("t.csv: missing column 'name' (expected code,name)");
    }

    @Test
    void parse_wrongFieldCount_namesTheLine() {
        assertThatThrownBy(() -> parse("code,name\nFRA,France\nGBR\n"))
                .hasMessage("t.csv, line 3: expected 2 fields (code,name), found 1");
        assertThatThrownBy(() -> parse("code,name\nFRA,France,extra\n"))
                .hasMessage("t.csv, line 2: expected 2 fields (code,name), found 3");
    }

    @Test
    void parse_unclosedQuote_namesLineAndColumnWhereItOpens() {
        assertThatThrownBy(() -> parse("code,name\nFRA,France\nGBR,\"United Kingdom\n"))
                .hasMessage("t.csv, line 3, column 5: expected a closing quote for the field that opens here");
    }

    @Test
    void parse_strayQuotes_areErrors() {
        assertThatThrownBy(() -> parse("code,name\nFRA,Fr\"ance\n"))
                .hasMessage("t.csv, line 2, column 7: expected a quote only around a whole field (or doubled inside one)");
        assertThatThrownBy(() -> parse("code,name\nFRA,\"France\"x\n"))
                .hasMessage("t.csv, line 2, column 13: expected a comma or the end of the line after a closing quote");
    }

    @Test
    void parse_empty_saysThereIsNoHeader() {
        assertThatThrownBy(() -> parse("# only a comment\n"))
                .hasMessage("t.csv: no header line (expected code,name)");
    }

    @Test
    void row_fields_errorsNameFileLineAndColumn() {
        CsvTable.Row row = CsvTable.parse("t.csv", "code,from\nFRA,1946-13-01\nGBR,\n", List.of("code", "from")).get(0);
        assertThatThrownBy(() -> row.date("from", null))
                .hasMessage("t.csv, line 2, column from: expected a date (YYYY-MM-DD), found '1946-13-01'");
        for (String bad : new String[] {"1946-02-30", "1946-1-01", "46-01-01", "1946-01-0x", "x"}) {
            CsvTable.Row other = CsvTable.parse("t.csv", "code,from\nFRA," + bad + "\n", List.of("code", "from")).get(0);
            assertThatThrownBy(() -> other.date("from", null))
                    .hasMessage("t.csv, line 2, column from: expected a date (YYYY-MM-DD), found '" + bad + "'");
        }
        CsvTable.Row good = CsvTable.parse("t.csv", "code,from\nFRA, 1991-12-24 \n", List.of("code", "from")).get(0);
        assertThat(good.date("from", null)).isEqualTo(LocalDate.of(1991, 12, 24));
        CsvTable.Row empty = CsvTable.parse("t.csv", "code,from\nGBR,\n", List.of("code", "from")).get(0);
        assertThat(empty.date("from", LocalDate.MAX)).isEqualTo(LocalDate.MAX);
        assertThatThrownBy(() -> empty.date("from", null))
                .hasMessage("t.csv, line 2, column from: expected a date (YYYY-MM-DD), found nothing");
    }

    @Test
    void read_readerOfALargeFile_givesEveryRow() {
        StringBuilder text = new StringBuilder("code,name\n");
        for (int i = 0; i < 100_000; i++) {
            text.append("C").append(i).append(",\"name, ").append(i).append("\"\n");
        }
        List<CsvTable.Row> rows = CsvTable.read("big.csv", new StringReader(text.toString()), COLUMNS);
        assertThat(rows).hasSize(100_000);
        assertThat(rows.get(99_999).value("name")).isEqualTo("name, 99999");
        assertThat(rows.get(99_999).line()).isEqualTo(100_001);
    }
}
