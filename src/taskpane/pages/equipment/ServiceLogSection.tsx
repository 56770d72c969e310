// Setting up the Service log once the Equipment register exists: creating it, or converting a sheet that
// holds an existing service history.
import type { Ref } from "react";
import { useRegisterPageStyles } from "../../components/RegisterPage";
import { RegisterSetup } from "../registerSetup/RegisterSetup";

export interface ServiceLogSectionProps {
  /** The Service log exists (the person is still finishing its setup). */
  found: boolean;
  headingRef: Ref<HTMLHeadingElement>;
  onReady: () => void;
  onHold: (holding: boolean) => void;
}

export function ServiceLogSection({ found, headingRef, onReady, onHold }: ServiceLogSectionProps) {
  const styles = useRegisterPageStyles();
  return (
    <section className={styles.section} aria-labelledby="equipment-log-heading">
      <h3 id="equipment-log-heading" ref={headingRef} tabIndex={-1} className={styles.h3}>
        Service log
      </h3>
      {!found && (
        <p className={styles.text}>
          There is no Service log yet. Reporting a fault creates an empty one; to keep an existing service
          history, convert its sheet here.
        </p>
      )}
      <RegisterSetup registerId="serviceLog" onReady={onReady} onHold={onHold} />
    </section>
  );
}
