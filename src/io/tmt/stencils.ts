import type { MlAssetKind } from "../../domain/mlKinds";

/**
 * What TMT stencil types (knowledge-base ids, never names a user typed) tell us beyond their
 * generic kind: a protocol for flows, who is behind an external interactor, an ML kind.
 */

export const PROTOCOL_STENCILS: Record<string, string> = {
  "SE.DF.TMCore.HTTP": "HTTP",
  "SE.DF.TMCore.HTTPS": "HTTPS",
  "SE.DF.TMCore.IPsec": "IPsec",
  "SE.DF.TMCore.NamedPipe": "Named pipe",
  "SE.DF.TMCore.SMB": "SMB",
  "SE.DF.TMCore.RPC": "RPC/DCOM",
  "SE.DF.TMCore.ALPC": "ALPC",
  "SE.DF.TMCore.UDP": "UDP",
  "SE.DF.TMCore.IOCTL": "IOCTL",
  "SE.DF.TMCore.Binary": "Binary",
  "SE.DF.TMCore.AMQP": "AMQP",
  "SE.DF.TMCore.MQTT": "MQTT",
};

export const ENTITY_KINDS: Record<string, "human" | "system"> = {
  "SE.EI.TMCore.User": "human",
  "SE.EI.TMCore.Browser": "human",
  "SE.EI.TMCore.Mobile": "human",
  "SE.EI.TMCore.DynamicsCRMMobileClient": "human",
  "SE.EI.TMCore.DynamicsCRMOutlookClient": "human",
  "SE.EI.TMCore.IoTdevice": "system",
  "SE.EI.TMCore.AuthProvider": "system",
  "SE.EI.TMCore.WebApp": "system",
  "SE.EI.TMCore.WebSvc": "system",
  "SE.EI.TMCore.Megasevrice": "system",
  "SE.EI.TMCore.CRT": "system",
  "SE.EI.TMCore.NFX": "system",
  "SE.EI.TMCore.WinRT": "system",
};

/** Stencils that are ML building blocks; `note` says why the choice may need a look. */
export const ML_STENCILS: Record<string, { kind: MlAssetKind; note: string }> = {
  "SE.P.TMCore.AzureML": {
    kind: "training-job",
    note: "the Azure ML stencil is taken as a training job; set its kind to an inference endpoint if it serves models",
  },
};

/** Box boundary stencils whose zone is known from the type. */
export const ZONE_STENCILS: Record<string, "external"> = {
  "SE.TB.TMCore.RemoteUserTrustBoundary": "external",
  "SE.TB.L.TMCore.Internet": "external",
};
