package cn.enforceflow.taskform;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import cn.enforceflow.FullApplication;
import cn.enforceflow.identity.UserProfile;
import cn.enforceflow.identity.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The task forms in the running application: the schemas of {@code forms/}, the sources
 * that list people, the page a dispatcher sees and what the server accepts from it.
 */
@FullApplication
class TaskFormsTests {

	@Autowired
	TaskForms taskForms;

	@Autowired
	Users users;

	@Autowired
	ObjectProvider<FormOptionSource> optionSources;

	@Autowired
	ObjectProvider<FormRowSource> rowSources;

	@Autowired
	WebApplicationContext context;

	@Autowired
	Clock clock;

	@Test
	void dispatcherIsOfferedTheCertifiedOfficersOfTheirDepartment() {
		RenderedForm form = acceptInvitation("dispatcher1");

		RenderedField lead = form.field("leadOfficer").orElseThrow();
		assertThat(lead.options()).extracting(FormOption::value).containsExactly("officer1", "officer2");
		assertThat(form.field("secondOfficer").orElseThrow().options()).isEqualTo(lead.options());
	}

	@Test
	void rendersTheAcceptInvitationFormForDispatcher() {
		String page = new FormPages(this.context).render(acceptInvitation("dispatcher1"));

		assertThat(page)
			.contains("受理邀约", "受理决定", "主办执法人员", "协办执法人员", "不予受理理由",
					"<option value=\"officer1\">刘洋（执法证号 32080020260001）</option>",
					"<option value=\"officer2\">赵磊（执法证号 32080020260002）</option>")
			.doesNotContain("孙丽", "officer3", "张明", "aria-invalid", "task-form-errors");
		assertThat(page).contains("<label for=\"tf-leadOfficer\">",
				"<select id=\"tf-leadOfficer\" name=\"leadOfficer\"",
				"aria-describedby=\"tf-leadOfficer-help tf-leadOfficer-when\"",
				"<input type=\"radio\" id=\"tf-decision\" name=\"decision\" value=\"ACCEPT\" required>",
				"<input type=\"radio\" id=\"tf-decision-1\" name=\"decision\" value=\"DECLINE\" required>",
				"data-when-name=\"decision\" data-when-value=\"DECLINE\"", "“受理决定”选择“受理”时必填",
				"<textarea id=\"tf-reason\" name=\"reason\" rows=\"4\" maxlength=\"500\"",
				"<script src=\"/js/task-form.js\" defer></script>");
		assertThat(page).as("the page supplies form, token and button")
			.doesNotContain("<form", "_csrf", "type=\"hidden\"", "<button");
	}

	@Test
	void showsARejectedPostAgainWithItsErrorsAndValues() {
		TaskForm schema = this.taskForms.formOf("invitation", "UserTask_AcceptInvitation").orElseThrow();
		FormContext context = FormContext.of(profile("dispatcher1"), schema);
		Map<String, List<String>> post = Map.of("decision", List.of("ACCEPT"), "leadOfficer", List.of("officer3"),
				"_csrf", List.of("token"));

		InvalidFormException rejected = catchThrowableOfType(InvalidFormException.class,
				() -> this.taskForms.validate(schema, context, post));
		String page = new FormPages(this.context)
			.render(this.taskForms.prepare(schema, context).withSubmitted(post).withErrors(rejected));

		assertThat(rejected.errors()).containsExactly(FieldError.of("leadOfficer", "form.error.option"),
				FieldError.of("secondOfficer", "form.error.required"));
		assertThat(page).contains("提交的内容有 2 处需要修改", "<a href=\"#tf-leadOfficer\">主办执法人员</a> — 请从列出的选项中选择",
				"<a href=\"#tf-secondOfficer\">协办执法人员</a> — 此项为必填项",
				"aria-invalid=\"true\" aria-describedby=\"tf-leadOfficer-help tf-leadOfficer-when tf-leadOfficer-error\"",
				"<p class=\"form-error\" id=\"tf-secondOfficer-error\">此项为必填项</p>", "value=\"ACCEPT\" checked required")
			.doesNotContain("token");
	}

	@Test
	void acceptsOnlyOfficersItOffered() {
		TaskForm schema = this.taskForms.formOf("invitation", "UserTask_AcceptInvitation").orElseThrow();
		FormContext context = FormContext.of(profile("dispatcher1"), schema);

		FormValues values = this.taskForms.validate(schema, context,
				Map.of("decision", List.of("ACCEPT"), "leadOfficer", List.of("officer1"), "secondOfficer",
						List.of("officer2"), "reason", List.of("ignored")));

		assertThat(values.values()).containsEntry("decision", "ACCEPT")
			.containsEntry("leadOfficer", "officer1")
			.containsEntry("secondOfficer", "officer2")
			.doesNotContainKey("reason");
		assertThat(catchThrowableOfType(InvalidFormException.class,
				() -> this.taskForms.validate(schema, context.withAttribute(FormContext.DEPARTMENT_CODE, "SJJ"),
						Map.of("decision", List.of("ACCEPT"), "leadOfficer", List.of("officer1"), "secondOfficer",
								List.of("officer2"))))
			.errors()).extracting(FieldError::code).containsExactly("form.error.option", "form.error.option");
	}

	@Test
	void readsTheFormInEnglishWithDatesAsReadersWriteThem() {
		TaskForm schema = this.taskForms.formOf("invitation", "UserTask_ProposeVisitDate").orElseThrow();
		FormContext context = FormContext.of(profile("officer1"), schema);
		LocalDate today = LocalDate.now(this.clock.withZone(ZoneId.of("Asia/Shanghai")));
		Map<String, List<String>> post = Map.of("decision", List.of("PROPOSE"), "visitDate", List.of(today.toString()));
		InvalidFormException rejected = catchThrowableOfType(InvalidFormException.class,
				() -> this.taskForms.validate(schema, context, post));
		RenderedForm form = this.taskForms.prepare(schema, context).withSubmitted(post).withErrors(rejected);

		String chinese = new FormPages(this.context).render(form);
		String english = new FormPages(this.context).render(form, "en");

		assertThat(chinese).contains("拟定检查日期", "不能早于 " + longDate(today.plusDays(1), Locale.SIMPLIFIED_CHINESE),
				"<input type=\"date\" id=\"tf-visitDate\" name=\"visitDate\" value=\"" + today + "\" min=\""
						+ today.plusDays(1) + "\"");
		assertThat(english).contains("Propose the visit date",
				"Not before " + longDate(today.plusDays(1), Locale.ENGLISH));
	}

	@Test
	void escapesWhatUsersTyped() {
		TaskForm schema = this.taskForms.formOf("invitation", "UserTask_AcceptInvitation").orElseThrow();
		RenderedForm form = this.taskForms.prepare(schema, FormContext.of(profile("dispatcher1"), schema))
			.withValues(Map.of("reason", "</textarea><script>alert(1)</script>"));

		assertThat(new FormPages(this.context).render(form)).doesNotContain("<script>alert")
			.contains("&lt;/textarea&gt;&lt;script&gt;");
	}

	/** Every option and row source a form names is provided by a bean. */
	@Test
	void everySourceAFormNamesIsProvided() {
		Map<String, Set<String>> missing = new HashMap<>();
		Set<String> provided = new TreeSet<>();
		this.optionSources.forEach((source) -> provided.add(source.name()));
		this.rowSources.forEach((source) -> provided.add(source.name()));
		for (TaskForm form : this.taskForms.forms()) {
			Set<String> named = new TreeSet<>(form.optionSources());
			named.addAll(form.rowSources());
			named.stream()
				.filter((name) -> !provided.contains(name))
				.forEach((name) -> missing.computeIfAbsent(name, (n) -> new TreeSet<>()).add(form.key()));
		}

		assertThat(provided).contains("departmentOfficers", "invitationItems", "openHazards", "reportedHazards");
		assertThat(missing).as("sources named by forms that no bean provides").isEmpty();
	}

	@Test
	void refusesAContextOfAnotherTask() {
		TaskForm schema = this.taskForms.formOf("invitation", "UserTask_AcceptInvitation").orElseThrow();
		TaskForm other = this.taskForms.formOf("invitation", "UserTask_RateService").orElseThrow();

		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.taskForms.prepare(schema, FormContext.of(profile("dispatcher1"), other)));
	}

	private RenderedForm acceptInvitation(String username) {
		TaskForm schema = this.taskForms.formOf("invitation", "UserTask_AcceptInvitation").orElseThrow();
		return this.taskForms.prepare(schema, FormContext.of(profile(username), schema));
	}

	private UserProfile profile(String username) {
		return this.users.profile(username).orElseThrow();
	}

	private static String longDate(LocalDate day, Locale locale) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(day);
	}

}
