package io.mediacapture.windows.wasapi;

import io.mediacapture.windows.com.ComRef;
import io.mediacapture.windows.com.HResult;
import io.mediacapture.windows.com.JavaComClass;
import io.mediacapture.windows.com.JavaComClass.Method;
import io.mediacapture.windows.wasapi.WasapiInterfaces.IMMNotificationClient;
import java.util.List;
import java.util.Set;

/**
 * IMMNotificationClient implemented in Java: endpoints added, removed, enabled or disabled, and default
 * changes all mean "the device list may differ". The callbacks come on an audio service thread and must not
 * block or call back into the enumerator, so they only signal. Property changes (volume, names of
 * properties nobody shows) are ignored: they would flood the application with devicechange events.
 */
final class NotificationClient {
    static final JavaComClass<Runnable> CLASS = new JavaComClass<>("IMMNotificationClient",
            Set.of(IMMNotificationClient.IID), List.of(
            new Method<>(IMMNotificationClient.ON_DEVICE_STATE_CHANGED, NotificationClient::changed),
            new Method<>(IMMNotificationClient.ON_DEVICE_ADDED, NotificationClient::changed),
            new Method<>(IMMNotificationClient.ON_DEVICE_REMOVED, NotificationClient::changed),
            new Method<>(IMMNotificationClient.ON_DEFAULT_DEVICE_CHANGED,
                    (r, a) -> (int) a[0] == WasapiInterfaces.E_CAPTURE ? changed(r, a) : HResult.S_OK),
            new Method<>(IMMNotificationClient.ON_PROPERTY_VALUE_CHANGED, (r, a) -> HResult.S_OK)));

    private NotificationClient() {
    }

    private static int changed(Runnable onChange, Object[] args) {
        onChange.run();
        return HResult.S_OK;
    }

    /** A new client that runs {@code onChange}; the caller owns the returned reference. */
    static ComRef create(Runnable onChange) {
        return CLASS.create(onChange);
    }
}
