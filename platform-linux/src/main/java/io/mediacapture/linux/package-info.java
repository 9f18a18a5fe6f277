package io.mediacapture.linux;
