package cn.enforceflow.organization;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class DepartmentNamesTests {

	private final DepartmentNames names = new DepartmentNames(bundles());

	private static final Department EMERGENCY = new Department(DepartmentCode.of("YJJ"), "应急管理局",
			DepartmentKind.ENFORCEMENT);

	@Test
	void namesADepartmentInTheReadersLanguage() {
		assertThat(this.names.of(EMERGENCY, Locale.ENGLISH)).isEqualTo("Emergency Management Bureau");
		assertThat(this.names.of(EMERGENCY, Locale.SIMPLIFIED_CHINESE)).isEqualTo("应急管理局");
		assertThat(this.names.named("JWJ", "纪委监委", Locale.ENGLISH))
			.isEqualTo("Commission for Discipline Inspection and Supervision");
	}

	@Test
	void fallsBackToTheStoredName() {
		Department housing = new Department(DepartmentCode.of("ZJJ"), "住房和城乡建设局", DepartmentKind.ENFORCEMENT);

		assertThat(this.names.of(housing, Locale.ENGLISH)).isEqualTo("住房和城乡建设局");
		assertThat(this.names.named("ZJJ", null, Locale.ENGLISH)).isEqualTo("ZJJ");
		assertThat(this.names.named(null, "某单位", Locale.ENGLISH)).isEqualTo("某单位");
		assertThat(this.names.of(null, Locale.ENGLISH)).isEmpty();
	}

	@Test
	void aLabelIsTheKeyWithTheStoredNameAsFallback() {
		assertThat(DepartmentNames.label(EMERGENCY).getCodes()).containsExactly("department.YJJ");
		assertThat(DepartmentNames.label(EMERGENCY).getDefaultMessage()).isEqualTo("应急管理局");
	}

	private static ResourceBundleMessageSource bundles() {
		ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
		bundles.setBasenames("i18n/names");
		bundles.setDefaultEncoding("UTF-8");
		bundles.setFallbackToSystemLocale(false);
		return bundles;
	}

}
