package vn.edu.portal.monitoring;

import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Connections of the portal's two database pools in use and free on this server, read from
 * Payara's own pool manager (the pools of the {@code @DataSourceDefinition}s in
 * {@code platform.DatabaseMigration}). Payara offers them to monitoring only through AMX with module
 * monitoring switched on and an attach agent; its pool manager answers at once, and is reached by
 * reflection because its classes are not an API the build compiles against. Anywhere else (a unit
 * test, another server) every figure is NaN.
 */
final class DatabasePools {

    private static final Logger LOG = Logger.getLogger(DatabasePools.class.getName());

    /** Payara's name of the pool of an application's {@code @DataSourceDefinition}. */
    static String poolName(String application, String jndiName) {
        return "__SYSTEM/pools/__datasource_definition/" + application + "/" + jndiName;
    }

    private final Object manager;
    private final Method status;
    private final Constructor<?> poolInfo;
    private final String application;
    /** The scope under which the pools were last found: tried first. */
    private volatile int scopeFound;

    DatabasePools(String application) {
        this.application = application;
        Object found = null;
        Method statusMethod = null;
        Constructor<?> info = null;
        try {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            Class<?> globals = Class.forName("org.glassfish.internal.api.Globals", true, loader);
            Object locator = globals.getMethod("getDefaultHabitat").invoke(null);
            Class<?> managerType = Class.forName("com.sun.enterprise.resource.pool.PoolManager", true, loader);
            Class<?> infoType = Class.forName("org.glassfish.resourcebase.resources.api.PoolInfo", true, loader);
            found = locator.getClass().getMethod("getService", Class.class, Annotation[].class)
                    .invoke(locator, managerType, new Annotation[0]);
            statusMethod = managerType.getMethod("getPoolStatus", infoType);
            info = infoType.getConstructor(String.class, String.class, String.class);
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            LOG.log(Level.INFO, "Database pool figures unavailable here: {0}", e.toString());
        }
        this.manager = found;
        this.status = statusMethod;
        this.poolInfo = info;
    }

    /** Connections of the pool of {@code jndiName} in use ({@code used}) or free; NaN when unknown. */
    double connections(String jndiName, boolean used) {
        if (manager == null) {
            return Double.NaN;
        }
        String name = poolName(application, jndiName);
        // How Payara keys the pool (with the application's name or without it) differs between versions.
        String[][] scopes = {{application, null}, {null, null}, {application, application}};
        for (int i = 0; i < scopes.length; i++) {
            int tried = (scopeFound + i) % scopes.length;
            String[] scope = scopes[tried];
            try {
                Object pool = status.invoke(manager, poolInfo.newInstance(name, scope[0], scope[1]));
                if (pool != null) {
                    scopeFound = tried;
                    return ((Number) pool.getClass().getMethod(used ? "getNumConnUsed" : "getNumConnFree").invoke(pool)).doubleValue();
                }
            } catch (ReflectiveOperationException | RuntimeException e) {
                LOG.log(Level.FINE, "No pool " + name + " for " + java.util.Arrays.toString(scope), e);
            }
        }
        return Double.NaN;
    }
}
