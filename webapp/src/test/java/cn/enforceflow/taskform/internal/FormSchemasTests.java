package cn.enforceflow.taskform.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The schemas shipped in {@code forms/} load; a broken one stops the start-up naming its
 * file.
 */
class FormSchemasTests {

	@Test
	void loadsEverySchemaOnTheClasspath() throws IOException {
		Properties bundle = new Properties();
		try (InputStreamReader in = new InputStreamReader(
				new ClassPathResource("i18n/forms.properties").getInputStream(), StandardCharsets.UTF_8)) {
			bundle.load(in);
		}
		Resource[] resources = new PathMatchingResourcePatternResolver().getResources(FormSchemas.LOCATION);

		FormSchemas schemas = new FormSchemas(resources, bundle::containsKey);

		assertThat(schemas.all()).hasSize(resources.length)
			.extracting((form) -> form.key())
			.contains("invitation/UserTask_AcceptInvitation", "invitation/UserTask_RateService");
		assertThat(schemas.form("invitation", "UserTask_RecordInspection")).hasValueSatisfying((form) -> {
			assertThat(form.rowSources()).containsExactly("invitationItems");
			assertThat(form.field("findings").orElseThrow().fields()).extracting((field) -> field.name())
				.containsExactly("compliant", "description", "level", "legalBasis", "advice", "deadline",
						"suspectedViolation");
		});
		assertThat(schemas.form("invitation", "UserTask_Nothing")).isEmpty();
	}

	@Test
	void namesTheBrokenFileAndKeepsLookingForMore() throws IOException {
		Resource[] resources = new PathMatchingResourcePatternResolver()
			.getResources("classpath:taskform-fixtures/forms/broken/*.json");

		InvalidSchemaException ex = catchThrowableOfType(InvalidSchemaException.class,
				() -> new FormSchemas(resources, (key) -> true));

		assertThat(ex.problems()).hasSize(2);
		assertThat(ex).hasMessageContaining("forms/broken/UserTask_UnknownType.json: fields[0].type")
			.hasMessageContaining(
					"forms/broken/UserTask_RowsWithoutSource.json: field 'items': a rows field needs a rowsSource");
	}

	@Test
	void refusesTwoSchemasForOneTask() {
		Resource[] twice = { new ClassPathResource("forms/invitation/UserTask_RateService.json"),
				new ClassPathResource("forms/invitation/UserTask_RateService.json") };

		InvalidSchemaException ex = catchThrowableOfType(InvalidSchemaException.class,
				() -> new FormSchemas(twice, (key) -> true));

		assertThat(ex).hasMessageContaining("the form of invitation/UserTask_RateService is also in");
	}

}
