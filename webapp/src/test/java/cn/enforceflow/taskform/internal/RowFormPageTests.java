package cn.enforceflow.taskform.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import cn.enforceflow.FullApplication;
import cn.enforceflow.taskform.FieldError;
import cn.enforceflow.taskform.FormPages;
import cn.enforceflow.taskform.FormRow;
import cn.enforceflow.taskform.InvalidFormException;
import cn.enforceflow.taskform.RenderedForm;
import cn.enforceflow.taskform.TaskForm;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * 记录检查结果 as officers will see it once the invitation workflow lists the items: one card
 * per item, the hazard fields belonging to 不合规, errors per item.
 */
@FullApplication
class RowFormPageTests {

	private static final List<FormRow> ITEMS = List.of(FormRow.of("YJ-001", "危险化学品储存", "《危险化学品安全管理条例》第二十四条"),
			FormRow.of("YJ-002", "消防设施"));

	@Autowired
	FormSchemas schemas;

	@Autowired
	WebApplicationContext context;

	@Autowired
	Clock clock;

	@Test
	void rendersEveryItemAsACardWithItsOwnFieldsAndErrors() {
		RenderedForm form = recordInspection(ITEMS);
		Map<String, List<String>> post = Map.of("findings[YJ-001].compliant", List.of("false"),
				"findings[YJ-002].compliant", List.of("true"));

		InvalidFormException rejected = catchThrowableOfType(InvalidFormException.class,
				() -> new FormValidator().validate(form, Submission.of(post)));
		String page = new FormPages(this.context).render(form.withSubmitted(post).withErrors(rejected));

		assertThat(rejected.errors()).extracting(FieldError::field)
			.containsExactly("companion", "findings[YJ-001].description", "findings[YJ-001].level",
					"findings[YJ-001].legalBasis", "findings[YJ-001].advice");
		assertThat(page).contains("记录检查结果", "<section class=\"form-row\" id=\"tf-findings-0\"",
				"<h3 class=\"form-row-title\" id=\"tf-findings-0-title\">危险化学品储存</h3>",
				"<p class=\"form-row-detail\">《危险化学品安全管理条例》第二十四条</p>",
				"<textarea id=\"tf-findings-0-description\" name=\"findings[YJ-001].description\"",
				"data-when-name=\"findings[YJ-001].compliant\" data-when-value=\"false\"", "“检查结论”选择“不合规（发现隐患）”时必填",
				"<a href=\"#tf-findings-0-description\">危险化学品储存 · 隐患描述</a> — 此项为必填项",
				"<option value=\"MAJOR\">重大隐患</option>",
				"<input type=\"checkbox\" id=\"tf-findings-1-suspectedViolation\" name=\"findings[YJ-002].suspectedViolation\" aria-describedby=\"tf-findings-1-suspectedViolation-help\">",
				"data-field=\"findings[YJ-002].suspectedViolation\" data-when-name=\"findings[YJ-002].compliant\" data-when-value=\"false\">",
				"data-field=\"findings[YJ-001].description\" data-when-name=\"findings[YJ-001].compliant\" data-when-value=\"false\" data-when-required>",
				"name=\"findings[YJ-002].compliant\" value=\"true\" checked required");
		assertThat(page).doesNotContain("tf-findings-1-description-error");
	}

	@Test
	void saysSoWhenThereIsNothingToRecord() {
		assertThat(new FormPages(this.context).render(recordInspection(List.of()))).contains("没有需要填写的事项");
	}

	private RenderedForm recordInspection(List<FormRow> items) {
		TaskForm schema = this.schemas.form("invitation", "UserTask_RecordInspection").orElseThrow();
		return new FormPreparer(DateBound.today(this.clock), (source) -> List.of(), (source) -> items).prepare(schema);
	}

}
