package cn.enforceflow.notification.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NotificationEntries extends JpaRepository<NotificationEntity, Long> {

	/**
	 * Newest first in the order they were written: a clock that is off (another node's,
	 * or one set back) does not bury what was just said.
	 */
	List<NotificationEntity> findByRecipientOrderByIdDesc(String recipient, Limit limit);

	long countByRecipientAndReadAtIsNull(String recipient);

	@Modifying
	@Query("update NotificationEntity n set n.readAt = :at where n.recipient = :recipient and n.readAt is null")
	int markAllRead(String recipient, Instant at);

}
