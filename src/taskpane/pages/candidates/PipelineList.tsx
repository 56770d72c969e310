// Counts per stage and the candidates in each; choosing a name opens that candidate below.
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { Pipeline } from "../../../core/candidates";

const useStyles = makeStyles({
  stages: { display: "grid", gap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyleType: "none" },
  h4: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  names: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface PipelineListProps {
  pipeline: Pipeline;
  selected: string | null;
  onSelect: (key: string) => void;
}

export function PipelineList({ pipeline, selected, onSelect }: PipelineListProps) {
  const styles = useStyles();
  return (
    <ul className={styles.stages} aria-label="Pipeline">
      {pipeline.map(({ stage, candidates }) => (
        <li key={stage}>
          <h4 className={styles.h4} id={`stage-${stage}`}>
            {stage}: {candidates.length}
          </h4>
          {candidates.length > 0 && (
            <ul className={styles.names} aria-labelledby={`stage-${stage}`}>
              {candidates.map((c) => (
                <li key={c.key}>
                  <Button
                    appearance={c.key === selected ? "primary" : "transparent"}
                    size="small"
                    aria-pressed={c.key === selected}
                    onClick={() => onSelect(c.key)}
                  >
                    {c.name || c.key}
                  </Button>
                  {c.position ? ` ${c.position}` : ""}
                  {c.weightedScore !== null ? ` · score ${c.weightedScore.toFixed(2)}` : ""}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}
