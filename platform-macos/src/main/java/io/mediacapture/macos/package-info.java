package io.mediacapture.macos;
