/**
 * A user's application: it needs only the API module. The Linux backends (io.mediacapture.linux) are bound as
 * providers of the core's BackendProvider service when they are on the module path.
 */
module com.example.consumer {
    requires io.mediacapture.core;
}
