package cn.enforceflow.organization;

import java.io.InputStream;
import java.util.Map;

import cn.enforceflow.platform.Csv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CreditCodeTests {

	@Test
	void acceptsThePublishedSampleCode() {
		// the example of GB 32100-2015 as printed on business licences
		assertThat(CreditCode.isValid("91350100M000100Y43")).isTrue();
		assertThat(new CreditCode("91350100M000100Y43").divisionCode()).isEqualTo("350100");
	}

	@Test
	void everyDemoEnterpriseHasAValidCode() throws Exception {
		try (InputStream in = getClass().getResourceAsStream("/demo/enterprises.csv")) {
			for (Map<String, String> row : Csv.read(in)) {
				assertThat(CreditCode.isValid(row.get("credit_code"))).as(row.get("name")).isTrue();
			}
		}
	}

	@Test
	void rejectsAWrongCheckCharacter() {
		assertThat(CreditCode.isValid("91350100M000100Y44")).isFalse();
		assertThatThrownBy(() -> new CreditCode("91350100M000100Y44")).isInstanceOf(InvalidCreditCodeException.class)
			.satisfies((ex) -> assertThat(((InvalidCreditCodeException) ex).messageKey())
				.isEqualTo("organization.creditCode.invalid"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "91350100M000100Y4", "91350100M000100Y433", "91350100M000I00Y43", "91350100M000O00Y43",
			"9135A100M000100Y43", "91350100m000100y43" })
	void rejectsMalformedCodes(String text) {
		assertThat(CreditCode.isValid(text)).isFalse();
	}

	@Test
	void parsesWhatPeopleType() {
		assertThat(CreditCode.parse("  91350100m000100y43 ").value()).isEqualTo("91350100M000100Y43");
		assertThatThrownBy(() -> CreditCode.parse(null)).isInstanceOf(InvalidCreditCodeException.class);
	}

	@Test
	void computesTheCheckCharacter() {
		assertThat(CreditCode.checkCharacterOf("91350100M000100Y4")).isEqualTo('3');
		assertThat(CreditCode.checkCharacterOf("91320804746832153")).isEqualTo('E');
	}

}
