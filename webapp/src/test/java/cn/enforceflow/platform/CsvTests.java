package cn.enforceflow.platform;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CsvTests {

	@Test
	void readsRowsKeyedByTheHeader() {
		List<Map<String, String>> rows = Csv.read("code,name\r\nYJJ,应急管理局\r\nSJJ,市场监督管理局\r\n");

		assertThat(rows).containsExactly(Map.of("code", "YJJ", "name", "应急管理局"),
				Map.of("code", "SJJ", "name", "市场监督管理局"));
	}

	@Test
	void quotedFieldsKeepCommasAndDoubledQuotes() {
		assertThat(Csv.fields("YJJ-JC-001,\"《安全生产法》第二十一条，第二十二条\",\"他说\"\"整改\"\"\"")).containsExactly("YJJ-JC-001",
				"《安全生产法》第二十一条，第二十二条", "他说\"整改\"");
		assertThat(Csv.fields("a,,")).containsExactly("a", "", "");
	}

	@Test
	void skipsTheByteOrderMarkAndBlankLinesAndAcceptsEveryLineEnding() {
		byte[] content = "\uFEFFdate,kind\n2026-01-01,HOLIDAY\r\n\r2026-01-04,WORKDAY".getBytes(StandardCharsets.UTF_8);

		List<Map<String, String>> rows = Csv.read(new ByteArrayInputStream(content));

		assertThat(rows).extracting((row) -> row.get("date")).containsExactly("2026-01-01", "2026-01-04");
		assertThat(Csv.lines("a\r\nb\rc\n")).containsExactly("a", "b", "c");
	}

	@Test
	void namesTheLineWithTheWrongNumberOfFields() {
		assertThatIllegalArgumentException().isThrownBy(() -> Csv.read("a,b\n1,2\n3\n"))
			.withMessageContaining("line 3");
	}

	@Test
	void rejectsAQuoteThatIsNotClosedOnItsLine() {
		assertThatIllegalArgumentException().isThrownBy(() -> Csv.fields("2026-01-01,\"元旦"));
	}

}
