package cn.enforceflow.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import cn.enforceflow.FullApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The counting window and the lock's end, on the real tables, with a clock the test
 * moves.
 */
@FullApplication
class SignInThrottleWindowTests {

	private static final String ADDRESS = "192.0.2.50";

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	SecurityAudit audit;

	private final MovableClock clock = new MovableClock(Instant.parse("2026-11-30T02:00:00Z"));

	@AfterEach
	void forget() {
		this.jdbc.update("delete from sign_in_throttle where address = ?", ADDRESS);
	}

	@Test
	void failuresOlderThanTheWindowAreForgotten() {
		SignInThrottle throttle = throttle();
		for (int i = 0; i < 4; i++) {
			throttle.failed("window.a", ADDRESS);
		}
		this.clock.advance(Duration.ofMinutes(16));

		throttle.failed("window.a", ADDRESS);

		assertThatNoException().isThrownBy(() -> throttle.checkNotLocked("window.a", ADDRESS));
	}

	@Test
	void aLockEndsAfterItsDurationAndCountingStartsAgain() {
		SignInThrottle throttle = throttle();
		for (int i = 0; i < 5; i++) {
			throttle.failed("window.b", ADDRESS);
		}
		assertThatThrownBy(() -> throttle.checkNotLocked("window.b", ADDRESS)).isInstanceOf(SignInLockedException.class)
			.satisfies((ex) -> assertThat(((SignInLockedException) ex).until())
				.isEqualTo(Instant.parse("2026-11-30T02:15:00Z")));

		this.clock.advance(Duration.ofMinutes(15).plusSeconds(1));

		assertThatNoException().isThrownBy(() -> throttle.checkNotLocked("window.b", ADDRESS));
		throttle.failed("window.b", ADDRESS);
		assertThatNoException().isThrownBy(() -> throttle.checkNotLocked("window.b", ADDRESS));
	}

	private SignInThrottle throttle() {
		return new SignInThrottle(this.jdbc, this.transactions, this.audit, this.clock,
				new SignInProperties(5, 20, Duration.ofMinutes(15), Duration.ofMinutes(15)));
	}

	private static final class MovableClock extends Clock {

		private Instant now;

		MovableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneId.of("Asia/Shanghai");
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
