package io.mediacapture.windows;
