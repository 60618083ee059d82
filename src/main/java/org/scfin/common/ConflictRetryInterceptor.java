package org.scfin.common;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.lang.reflect.Method;

/**
 * Wraps a {@link RetriedOnConflict} bean's transactional methods from outside their transaction. Narayana's
 * {@code @Transactional} interceptors run at {@code PLATFORM_BEFORE + 200}; this one runs before them, so each attempt
 * is a new transaction and a new persistence context that read the database afresh, and a failure at commit reaches it
 * after the rollback.
 */
@RetriedOnConflict
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class ConflictRetryInterceptor {

    @Inject
    TransactionManager transactions;

    @AroundInvoke
    Object retryOnConflict(InvocationContext invocation) throws Exception {
        if (!opensItsOwnTransaction(invocation.getMethod())) {
            return invocation.proceed();
        }
        Method method = invocation.getMethod();
        return ConflictRetry.call(
                method.getDeclaringClass().getSimpleName() + "." + method.getName(), invocation::proceed);
    }

    private boolean opensItsOwnTransaction(Method method) throws SystemException {
        Transactional transactional = method.getAnnotation(Transactional.class);
        if (transactional == null) {
            transactional = method.getDeclaringClass().getAnnotation(Transactional.class);
        }
        if (transactional == null) {
            return false;
        }
        return transactional.value() == TxType.REQUIRES_NEW
                || (transactional.value() == TxType.REQUIRED
                        && transactions.getStatus() == Status.STATUS_NO_TRANSACTION);
    }
}
