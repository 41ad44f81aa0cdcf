package io.tollgate.platform.security;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The Caffeine classes {@link VerifiedTokenCache} instantiates, registered so a native image can create them: Caffeine
 * picks its cache and entry classes by name from the builder's options (here strong keys and values, a maximum size
 * and a per-entry expiry: {@code SSMSA}, entries {@code PSAMS}). quarkus-caffeine registers the common ones at image
 * build; these are named here so that `tools/native-check.sh` can see them in the generated configuration.
 */
@RegisterForReflection(classNames = {"com.github.benmanes.caffeine.cache.SSMSA",
        "com.github.benmanes.caffeine.cache.PSAMS"})
public final class CaffeineNativeReflection {

    private CaffeineNativeReflection() {
    }
}
