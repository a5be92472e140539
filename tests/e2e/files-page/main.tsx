/**
 * A test page for the file components: the real FilePicker and OutputPicker over the real
 * bridge transport, plus what main says about the chosen file (files/describe-input).
 * Built by files-upload.test.ts with esbuild and served by a real bridge.
 */
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { OutlayApi } from '../../../src-shared/ipc/contract';
import type { FileRef, InputDescription, OutputRef } from '../../../src-shared/ipc/files';
import { deliverOutput } from '../../../src-renderer/api/deliver-output';
import { connectOutlay } from '../../../src-renderer/api/transport';
import { FilePicker } from '../../../src-renderer/components/FilePicker';
import { OutputPicker } from '../../../src-renderer/components/OutputPicker';

function Page({ api }: { api: OutlayApi }) {
  const [file, setFile] = useState<FileRef | null>(null);
  const [described, setDescribed] = useState<InputDescription | string | null>(null);
  const [output, setOutput] = useState<OutputRef | null>(null);
  const [saved, setSaved] = useState<string>('');

  useEffect(() => {
    setDescribed(null);
    if (!file) return;
    void api.call('files/describe-input', { file }).then((r) => setDescribed(r.ok ? r.value : r.error.message));
  }, [api, file]);

  const save = async () => {
    if (!output) return;
    const r = await api.call('files/save-workbook-copy', { output });
    if (!r.ok) return setSaved(r.error.message);
    await deliverOutput(r.value);
    setSaved(JSON.stringify(r.value));
  };

  return (
    <main>
      <FilePicker label="Actuals file" accept=".xlsx,.csv" value={file} onChange={setFile} testId="picker" />
      <output data-testid="picker-value">{JSON.stringify(file)}</output>
      <output data-testid="picker-described">{JSON.stringify(described)}</output>
      <OutputPicker label="Copy" defaultName="Plan copy.outlay" value={output} onChange={setOutput} testId="out" />
      <output data-testid="out-value">{JSON.stringify(output)}</output>
      <button type="button" data-testid="out-save" onClick={() => void save()}>
        Save
      </button>
      <output data-testid="out-saved">{saved}</output>
    </main>
  );
}

void connectOutlay().then((api) => createRoot(document.getElementById('root')!).render(<Page api={api} />));
