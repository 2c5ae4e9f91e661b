/**
 * Notifications: the in-app notification centre, and mail sent through an outbox that
 * retries, so that a mail server that is down never holds up the work.
 */
package cn.enforceflow.notification;
