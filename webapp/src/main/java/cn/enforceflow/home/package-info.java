/**
 * Home pages: what each person sees first after signing in, by role.
 */
package cn.enforceflow.home;
