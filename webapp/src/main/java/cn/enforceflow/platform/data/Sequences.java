package cn.enforceflow.platform.data;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Numbers handed out in order and without gaps, per name and period (a year, say): the
 * tracking numbers of requests. The next number is taken under a lock on its counter row
 * in the caller's transaction, so a number exists exactly when what it numbers was
 * committed, whatever the number of nodes; a rolled-back caller gives its number back.
 * <p>
 * A counter's row is created on first use in a transaction of its own, so that two nodes
 * creating it at once never fail a caller.
 */
@Component
public class Sequences {

	private final JdbcTemplate jdbc;

	private final TransactionTemplate separately;

	Sequences(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.separately = new TransactionTemplate(transactions);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * The next number of the counter, from 1; held until the caller's transaction ends.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public long next(String name, int period) {
		Long last = lockedValue(name, period);
		if (last == null) {
			create(name, period);
			last = lockedValue(name, period);
		}
		this.jdbc.update("update sequence_counter set last_value = ? where name = ? and period = ?", last + 1, name,
				period);
		return last + 1;
	}

	private Long lockedValue(String name, int period) {
		return this.jdbc
			.query("select last_value from sequence_counter where name = ? and period = ? for update",
					(rs, n) -> rs.getLong(1), name, period)
			.stream()
			.findFirst()
			.orElse(null);
	}

	private void create(String name, int period) {
		try {
			this.separately.executeWithoutResult((status) -> this.jdbc
				.update("insert into sequence_counter (name, period, last_value) values (?, ?, 0)", name, period));
		}
		catch (DuplicateKeyException createdByAnother) {
			// another transaction created it a moment ago: the same row serves both
		}
	}

}
