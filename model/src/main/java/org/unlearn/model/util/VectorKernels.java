package org.unlearn.model.util;

/**
 * Loads a kernel written with the JDK's Vector API, which is incubating in JDK 17: the JVM has it only when started
 * with {@code --add-modules jdk.incubator.vector}. Without the module (or with {@code -Dunlearn.scalarKernel=true})
 * the scalar kernel is used; every pair of kernels gives the same bits, so the choice changes only the speed.
 */
public final class VectorKernels {
    private VectorKernels() {}

    /**
     * An instance of {@code className} (a subclass of {@code type} with a no-argument constructor) when this JVM has
     * the Vector API and the class loads, else {@code scalar}.
     */
    public static <T> T load(Class<T> type, String className, T scalar) {
        if (Boolean.getBoolean("unlearn.scalarKernel")
                || ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
            return scalar;
        }
        try {
            // the kernels are package-private in their own packages, so their constructors are opened here
            java.lang.reflect.Constructor<?> make = Class.forName(className).getDeclaredConstructor();
            make.setAccessible(true);
            return type.cast(make.newInstance());
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            return scalar; // the module is there but unusable: the scalar kernel gives the same bits
        }
    }
}
