package dev.eigwbench.lab.runtime;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.CustomPojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.factories.JacksonFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Comparator;
import java.util.ServiceLoader;

/**
 * Loads a handler from Lambda's handler string ({@code package.Class::method}) the way the Java runtime does:
 * the class is initialised and instantiated once (the init phase), then invoked many times (warm). Stream
 * handlers get the raw bytes; POJO handlers ({@code RequestHandler<I, O>} or any {@code method(I[, Context])})
 * get their input and output converted by the handler's {@link CustomPojoSerializer} when it ships one, else by
 * Lambda's own serialisation library, as the runtime does.
 */
final class HandlerInvoker {
    private final Object instance;
    private final Method method;
    private final boolean stream;
    private final Type inputType;
    private final Type outputType;
    private final CustomPojoSerializer customSerializer;

    private HandlerInvoker(Object instance, Method method, CustomPojoSerializer customSerializer) {
        this.instance = instance;
        this.method = method;
        this.stream = isStreamSignature(method);
        this.inputType = method.getParameterCount() == 0 ? Object.class : method.getGenericParameterTypes()[0];
        this.outputType = method.getGenericReturnType();
        this.customSerializer = customSerializer;
    }

    static HandlerInvoker load(String handler, ClassLoader loader) throws ReflectiveOperationException {
        var parts = handler.split("::", 2);
        var methodName = parts.length == 2 ? parts[1] : "handleRequest";
        var type = Class.forName(parts[0], true, loader);
        var method = findMethod(type, methodName);
        var instance = Modifier.isStatic(method.getModifiers())
                ? null
                : type.getDeclaredConstructor().newInstance();
        var custom = ServiceLoader.load(CustomPojoSerializer.class, loader)
                .findFirst()
                .orElse(null);
        return new HandlerInvoker(instance, method, custom);
    }

    /** Stream signatures first, then the most specific POJO signature (bridge methods of generics skipped). */
    private static Method findMethod(Class<?> type, String methodName) throws NoSuchMethodException {
        return Arrays.stream(type.getMethods())
                .filter(m -> m.getName().equals(methodName) && !m.isBridge() && !m.isSynthetic())
                .filter(m -> isStreamSignature(m) || isPojoSignature(m))
                .min(Comparator.comparing((Method m) -> isStreamSignature(m) ? 0 : 1)
                        .thenComparing(m -> -m.getParameterCount()))
                .orElseThrow(() -> new NoSuchMethodException(type.getName() + "::" + methodName
                        + " must take (InputStream, OutputStream[, Context]) or (input[, Context])"));
    }

    private static boolean isStreamSignature(Method m) {
        var p = m.getParameterTypes();
        return (p.length == 2 || p.length == 3)
                && p[0] == InputStream.class
                && p[1] == OutputStream.class
                && (p.length == 2 || p[2] == Context.class);
    }

    private static boolean isPojoSignature(Method m) {
        var p = m.getParameterTypes();
        return p.length <= 1 || (p.length == 2 && p[1] == Context.class);
    }

    byte[] invoke(byte[] event, Context context) throws Throwable {
        var out = new ByteArrayOutputStream();
        try {
            if (stream) {
                var in = new ByteArrayInputStream(event);
                method.invoke(instance, argsFor(context, in, out));
            } else {
                var input = method.getParameterCount() == 0 ? null : fromJson(event);
                var output = method.invoke(instance, argsFor(context, input));
                toJson(output, out);
            }
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
        return out.toByteArray();
    }

    private Object[] argsFor(Context context, Object... leading) {
        var count = method.getParameterCount();
        var args = Arrays.copyOf(leading, count);
        if (count > leading.length) {
            args[count - 1] = context;
        }
        return args;
    }

    private Object fromJson(byte[] event) {
        if (customSerializer != null) {
            return customSerializer.fromJson(new ByteArrayInputStream(event), inputType);
        }
        return JacksonFactory.getInstance().getSerializer(inputType).fromJson(new ByteArrayInputStream(event));
    }

    private void toJson(Object output, OutputStream out) {
        if (outputType == void.class) {
            return;
        }
        if (customSerializer != null) {
            customSerializer.toJson(output, out, outputType);
        } else {
            JacksonFactory.getInstance().getSerializer(outputType).toJson(output, out);
        }
    }
}
