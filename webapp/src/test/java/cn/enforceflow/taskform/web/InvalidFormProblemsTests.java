package cn.enforceflow.taskform.web;

import cn.enforceflow.FullApplication;
import cn.enforceflow.identity.Users;
import cn.enforceflow.taskform.FormContext;
import cn.enforceflow.taskform.InvalidFormException;
import cn.enforceflow.taskform.TaskForm;
import cn.enforceflow.taskform.TaskForms;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * An API client learns what is wrong with each field, in Chinese, with the key and the
 * arguments to show it otherwise.
 */
@FullApplication
class InvalidFormProblemsTests {

	@Autowired
	InvalidFormProblems handler;

	@Autowired
	TaskForms taskForms;

	@Autowired
	Users users;

	@Autowired
	ObjectMapper objectMapper;

	@Test
	void answersWithEveryFieldError() throws Exception {
		TaskForm schema = this.taskForms.formOf("invitation", "UserTask_RateService").orElseThrow();
		FormContext context = FormContext.of(this.users.profile("enterprise1").orElseThrow(), schema);
		InvalidFormException rejected = catchThrowableOfType(InvalidFormException.class,
				() -> this.taskForms.validate(schema, context, this.objectMapper
					.readTree("{\"rated\": true, \"score\": 9, \"comment\": \"" + "好".repeat(501) + "\"}")));

		ResponseEntity<ProblemDetail> response = this.handler.invalidForm(rejected,
				new MockHttpServletRequest("POST", "/api/tasks/42/form"));
		String json = this.objectMapper.writeValueAsString(response.getBody());

		assertThat(response.getStatusCode().value()).isEqualTo(400);
		assertThat(response.getBody().getDetail()).isEqualTo("表单有 2 处需要修改");
		assertThat(json).contains("\"code\":\"form.invalid\"",
				"{\"field\":\"score\",\"code\":\"form.error.max\",\"arguments\":[\"5\"],\"message\":\"不能大于 5\"}",
				"{\"field\":\"comment\",\"code\":\"form.error.maxLength\",\"arguments\":[\"500\"],\"message\":\"不能超过 500 个字\"}");
	}

}
