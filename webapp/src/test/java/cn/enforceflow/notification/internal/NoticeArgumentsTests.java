package cn.enforceflow.notification.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

import cn.enforceflow.platform.i18n.ProcessTexts;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSourceResolvable;

import static org.assertj.core.api.Assertions.assertThat;

class NoticeArgumentsTests {

	@Test
	void argumentsComeBackWithTheirTypes() {
		List<Object> arguments = NoticeArguments.read(NoticeArguments
			.write(List.of("YY-2026-000123", LocalDate.of(2026, 12, 14), Instant.parse("2026-12-14T07:04:00Z"),
					LocalDateTime.of(2026, 12, 14, 15, 4), YearMonth.of(2026, 12), "")));

		assertThat(arguments).containsExactly("YY-2026-000123", LocalDate.of(2026, 12, 14),
				Instant.parse("2026-12-14T07:04:00Z"), LocalDateTime.of(2026, 12, 14, 15, 4), YearMonth.of(2026, 12),
				"");
	}

	@Test
	void aZonedTimeIsKeptAsItsInstant() {
		assertThat(NoticeArguments
			.read(NoticeArguments.write(List.of(ZonedDateTime.of(2026, 12, 14, 7, 4, 0, 0, ZoneOffset.UTC)))))
			.containsExactly(Instant.parse("2026-12-14T07:04:00Z"));
	}

	@Test
	void aStepNameComesBackAsItsMessageWithTheModelsName() {
		List<Object> arguments = NoticeArguments.read(NoticeArguments
			.write(List.of(ProcessTexts.stepLabel("invitation", "UserTask_AcceptInvitation", "受理邀约"))));

		assertThat(arguments).singleElement().isInstanceOfSatisfying(MessageSourceResolvable.class, (message) -> {
			assertThat(message.getCodes()).containsExactly("step.invitation.UserTask_AcceptInvitation");
			assertThat(message.getDefaultMessage()).isEqualTo("受理邀约");
		});
		assertThat(NoticeArguments.read(NoticeArguments.write(List.of(ProcessTexts.stepLabel(null, null, "某环节")))))
			.containsExactly("某环节");
	}

	@Test
	void textsAsPeopleTypeThemStayTexts() {
		String marked = "\u001ED2026-12-14";

		assertThat(NoticeArguments.read(NoticeArguments.write(List.of(marked, "2026-12-14", "理由：👍"))))
			.containsExactly(marked, "2026-12-14", "理由：👍");
	}

	@Test
	void argumentsStoredBeforeTypesReadAsTexts() {
		assertThat(NoticeArguments.read("受理邀约\u001FYY-2026-000001\u001F2026-02-24 23:59")).containsExactly("受理邀约",
				"YY-2026-000001", "2026-02-24 23:59");
		assertThat(NoticeArguments.read(null)).isEmpty();
		assertThat(NoticeArguments.read("")).isEmpty();
	}

}
