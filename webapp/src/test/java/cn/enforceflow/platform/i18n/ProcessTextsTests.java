package cn.enforceflow.platform.i18n;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class ProcessTextsTests {

	private final ProcessTexts texts = new ProcessTexts(bundles());

	@Test
	void namesProcessesAndStepsInTheReadersLanguage() {
		assertThat(this.texts.process("invitation", "邀约式执法检查", Locale.ENGLISH))
			.isEqualTo("Invitation-style inspection");
		assertThat(this.texts.process("invitation", "邀约式执法检查", Locale.SIMPLIFIED_CHINESE)).isEqualTo("邀约式执法检查");
		assertThat(this.texts.step("invitation", "UserTask_AnswerCounterProposal", "回复企业另提日期", Locale.ENGLISH))
			.isEqualTo("Answer the enterprise's date");
		assertThat(this.texts.step("invitation", "UserTask_RateService", "评价服务", Locale.SIMPLIFIED_CHINESE))
			.isEqualTo("评价服务");
	}

	@Test
	void fallsBackToTheEnginesName() {
		assertThat(this.texts.process("unknown", "某流程", Locale.ENGLISH)).isEqualTo("某流程");
		assertThat(this.texts.step("invitation", "UserTask_New", "新环节", Locale.ENGLISH)).isEqualTo("新环节");
		assertThat(this.texts.step("invitation", "UserTask_New", null, Locale.ENGLISH)).isEqualTo("UserTask_New");
		assertThat(this.texts.step(null, null, "新环节", Locale.ENGLISH)).isEqualTo("新环节");
		assertThat(this.texts.process(null, null, Locale.ENGLISH)).isEqualTo("null");
	}

	@Test
	void findsAStepByItsChineseName() {
		assertThat(this.texts.stepNamed("invitation", "受理邀约", Locale.ENGLISH)).isEqualTo("Accept the invitation");
		assertThat(this.texts.stepNamed("invitation", "不存在的环节", Locale.ENGLISH)).isEqualTo("不存在的环节");
		assertThat(this.texts.stepNamed("exemption", "受理邀约", Locale.ENGLISH)).isEqualTo("受理邀约");
		assertThat(this.texts.stepLabelNamed("invitation", "复查整改").getCodes())
			.containsExactly("step.invitation.UserTask_VerifyRectification");
	}

	@Test
	void labelsAreResolvedAsMessageArguments() {
		ResourceBundleMessageSource bundles = bundles();
		bundles.setUseCodeAsDefaultMessage(false);
		LocalizedMessageSource messages = new LocalizedMessageSource(bundles);

		assertThat(messages.getMessage(ProcessTexts.stepLabel("invitation", "UserTask_RecordInspection", "记录检查结果"),
				Locale.ENGLISH))
			.isEqualTo("Record the inspection");
		assertThat(messages.getMessage(ProcessTexts.processLabel("referral", "问题线索移送"), Locale.ENGLISH))
			.isEqualTo("Clue referral");
	}

	private static ResourceBundleMessageSource bundles() {
		ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
		bundles.setBasenames("i18n/names");
		bundles.setDefaultEncoding("UTF-8");
		bundles.setFallbackToSystemLocale(false);
		return bundles;
	}

}
