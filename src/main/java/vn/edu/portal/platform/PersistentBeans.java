package vn.edu.portal.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.persistence.PersistenceContext;
import java.lang.reflect.Field;
import java.util.logging.Logger;

/**
 * Makes every application-scoped bean of the portal that holds a {@code @PersistenceContext} on
 * the deployment's own thread, before any background task starts. Payara injects the entity
 * manager only when such a bean is first made on a thread of the application: made first by a
 * background task at start-up (the search index's rebuild), it keeps a null entity manager for
 * the server's lifetime (payara/Payara#4815), and the same when it is first made inside another
 * component's call (an EJB timer firing an event it observes). A second server of the cluster
 * answered 500 on every public page that way; see also {@code content.MenuCache}.
 */
public final class PersistentBeans {

    private static final Logger LOG = Logger.getLogger(PersistentBeans.class.getName());

    private PersistentBeans() {
    }

    public static int makeAll(BeanManager beans) {
        int made = 0;
        for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            if (bean.getScope() == ApplicationScoped.class && bean.getBeanClass().getName().startsWith("vn.edu.portal.")
                    && holdsPersistenceContext(bean.getBeanClass())) {
                make(beans, bean);
                made++;
            }
        }
        int count = made;
        LOG.fine(() -> "Made " + count + " application-scoped beans with an entity manager");
        return made;
    }

    private static <T> void make(BeanManager beans, Bean<T> bean) {
        beans.getContext(ApplicationScoped.class).get(bean, beans.createCreationalContext(bean));
    }

    static boolean holdsPersistenceContext(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.isAnnotationPresent(PersistenceContext.class)) {
                    return true;
                }
            }
        }
        return false;
    }
}
