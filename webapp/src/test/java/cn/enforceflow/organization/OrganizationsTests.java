package cn.enforceflow.organization;

import cn.enforceflow.FullApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@FullApplication
class OrganizationsTests {

	@Autowired
	Organizations organizations;

	@Test
	void keepsCharactersOutsideTheBasicPlaneIntact() {
		// 𠮷 (U+20BB7) needs four bytes in UTF-8: the domain tables are utf8mb4 on MySQL
		CreditCode code = new CreditCode("91320812MA20B6TC" + "0" + CreditCode.checkCharacterOf("91320812MA20B6TC0"));
		Enterprise enterprise = new Enterprise(code, "淮安市𠮷祥五金有限公司", "𠮷大伟", "江苏省淮安市清江浦区", "批发业", "0517-80000000");

		assertThat(this.organizations.registerEnterprise(enterprise)).isTrue();
		assertThat(this.organizations.registerEnterprise(enterprise)).isFalse();

		Enterprise stored = this.organizations.enterprise(code).orElseThrow();
		assertThat(stored.name()).isEqualTo("淮安市𠮷祥五金有限公司");
		assertThat(stored.legalRepresentative()).isEqualTo("𠮷大伟");
	}

	@Test
	void knowsTheDemoOrgans() {
		assertThat(this.organizations.departments(DepartmentKind.ENFORCEMENT)).extracting(Department::name)
			.contains("应急管理局", "市场监督管理局", "生态环境局");
		assertThat(this.organizations.department(DepartmentCode.of("SFJ"))).map(Department::kind)
			.contains(DepartmentKind.JUSTICE_BUREAU);
		assertThat(this.organizations.department(DepartmentCode.of("JWJ"))).map(Department::kind)
			.contains(DepartmentKind.DISCIPLINE_COMMISSION);
	}

}
