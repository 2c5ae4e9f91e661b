package cn.enforceflow.exemption.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** 公示 masks what identifies a person, and nothing else of the facts. */
class PersonalDataTests {

	@Test
	void idCardsPhonesAndNamedPeopleAreMasked() {
		assertThat(PersonalData.masked("负责人张建华（电话13912345678，身份证320802198801012345）到场。"))
			.isEqualTo("负责人张**（电话139****5678，身份证320802********2345）到场。");
		assertThat(PersonalData.masked("法定代表人：李四，座机0517-84621035。")).isEqualTo("法定代表人：李*，座机0517-****1035。");
	}

	@Test
	void wordsThatOnlyFollowATitleStayAsTheyAre() {
		String facts = "外协单位从业人员上岗培训未如实记录，负责人当场说明情况。";
		assertThat(PersonalData.masked(facts)).isEqualTo(facts);
	}

}
