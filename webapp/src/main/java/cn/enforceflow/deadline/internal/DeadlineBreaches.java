package cn.enforceflow.deadline.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface DeadlineBreaches extends JpaRepository<DeadlineBreachEntity, Long> {

	boolean existsByTaskId(String taskId);

	Optional<DeadlineBreachEntity> findByTaskId(String taskId);

}
