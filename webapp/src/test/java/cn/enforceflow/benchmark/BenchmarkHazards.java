package cn.enforceflow.benchmark;

import java.time.LocalDate;
import java.util.List;

import cn.enforceflow.processes.invitation.InvitationModel;
import org.springframework.context.annotation.Bean;

/**
 * The benchmark's template invitations are engine instances with no invitation record
 * behind them: in place of the application's {@code invitationHazards}, each has one
 * hazard, due ten days from today, so that its rectification steps exist as in
 * production. Not a @Configuration: the application's scan of cn.enforceflow must not
 * find it; the benchmark hands it to the application as a source.
 */

class BenchmarkHazards {

	@Bean(InvitationModel.HAZARDS_BEAN)
	Hazards invitationHazards() {
		return new Hazards();
	}

	/**
	 * What the model asks of a case's hazards. Public: the expression language calls it.
	 */
	public static class Hazards {

		public List<String> of(String trackingNumber) {
			return List.of("1");
		}

		public String deadline(String findingId) {
			return LocalDate.now().plusDays(10).toString();
		}

	}

}
