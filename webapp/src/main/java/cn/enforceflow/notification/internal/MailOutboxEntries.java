package cn.enforceflow.notification.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface MailOutboxEntries extends JpaRepository<MailOutboxEntity, Long> {

	List<MailOutboxEntity> findByStatusAndNextAttemptAtLessThanEqualOrderByNextAttemptAt(MailOutboxEntity.Status status,
			Instant now, Limit limit);

	List<MailOutboxEntity> findByRecipientOrderByIdDesc(String recipient);

}
