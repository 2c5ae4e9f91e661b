package cn.enforceflow.notification.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import cn.enforceflow.integrations.mail.MailGateway;
import cn.enforceflow.integrations.mail.OutgoingMail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the mail outbox: claims each due mail in its own transaction (so that two nodes
 * never send the same mail twice in a row), sends it outside any transaction, and records
 * the outcome. A failure schedules another attempt; nothing here ever reaches the code
 * that queued the mail.
 */
@Component
class MailDispatcher {

	private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

	private final MailOutboxEntries outbox;

	private final ObjectProvider<MailGateway> gateway;

	private final MailProperties properties;

	private final TransactionTemplate transactions;

	private final Clock clock;

	MailDispatcher(MailOutboxEntries outbox, ObjectProvider<MailGateway> gateway, MailProperties properties,
			PlatformTransactionManager transactionManager, Clock clock) {
		this.outbox = outbox;
		this.gateway = gateway;
		this.properties = properties;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${enforceflow.mail.poll-interval:PT30S}",
			initialDelayString = "${enforceflow.mail.poll-interval:PT30S}")
	void dispatchOnSchedule() {
		if (this.properties.enabled()) {
			dispatchDue();
		}
	}

	/**
	 * Sends every mail that is due now.
	 * @return how many were delivered
	 */
	int dispatchDue() {
		MailGateway mail = this.gateway.getIfAvailable();
		if (mail == null) {
			return 0;
		}
		int delivered = 0;
		for (Long id : claimDue()) {
			MailOutboxEntity claimed = this.outbox.findById(id).orElseThrow();
			try {
				mail.send(new OutgoingMail(claimed.address(), claimed.subject(), claimed.body()));
				record(id, null);
				delivered++;
			}
			catch (RuntimeException ex) {
				log.warn("Mail {} to {} failed (attempt {}), will retry: {}", id, claimed.address(), claimed.attempts(),
						ex.getMessage());
				record(id, ex.getMessage());
			}
		}
		return delivered;
	}

	private List<Long> claimDue() {
		Instant now = this.clock.instant();
		List<Long> claimed = new ArrayList<>();
		List<MailOutboxEntity> due = this.outbox.findByStatusAndNextAttemptAtLessThanEqualOrderByNextAttemptAt(
				MailOutboxEntity.Status.PENDING, now, Limit.of(this.properties.batch()));
		for (MailOutboxEntity candidate : due) {
			try {
				this.transactions.executeWithoutResult((status) -> {
					MailOutboxEntity mail = this.outbox.findById(candidate.id()).orElseThrow();
					if (mail.status() == MailOutboxEntity.Status.PENDING && !mail.nextAttemptAt().isAfter(now)) {
						mail.claim(now, this.properties.lease());
						claimed.add(mail.id());
					}
				});
			}
			catch (OptimisticLockingFailureException ex) {
				// another node claimed it first
				claimed.remove(candidate.id());
			}
		}
		return claimed;
	}

	private void record(Long id, String error) {
		this.transactions.executeWithoutResult((status) -> {
			MailOutboxEntity mail = this.outbox.findById(id).orElseThrow();
			Instant now = this.clock.instant();
			if (error == null) {
				mail.sent(now);
			}
			else {
				mail.failed(error, now, this.properties.maxAttempts(), this.properties.firstBackoff());
				if (mail.status() == MailOutboxEntity.Status.FAILED) {
					log.error("Mail {} to {} given up after {} attempts: {}", id, mail.address(), mail.attempts(),
							error);
				}
			}
		});
	}

}
