package io.mediacapture.windows.com;

/**
 * How a thread joins COM: on Windows {@code CoInitializeEx(NULL, COINIT_MULTITHREADED)} /
 * {@code CoUninitialize}; {@link #NONE} elsewhere, so the thread logic of {@link ComThread} runs and is
 * tested unchanged on other OSes.
 */
public interface Apartment {
    /** No COM: for tests on OSes without it. */
    Apartment NONE = new Apartment() {
        @Override
        public void enter() {
        }

        @Override
        public void leave() {
        }
    };

    /** Called first on the COM thread. @throws ComException when the thread cannot join the apartment */
    void enter();

    /** Called last on the COM thread, only when {@link #enter()} succeeded. */
    void leave();
}
