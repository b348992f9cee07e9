import { Bits } from './bits.js';

function rbsp(nal: Uint8Array): Uint8Array {
  const out = new Uint8Array(nal.length);
  let n = 0;
  let zeros = 0;
  for (const byte of nal) {
    if (zeros >= 2 && byte === 3) {
      zeros = 0;
      continue;
    }
    out[n++] = byte;
    zeros = byte === 0 ? zeros + 1 : 0;
  }
  return out.subarray(0, n);
}

const HIGH_PROFILES = new Set([100, 110, 122, 244, 44, 83, 86, 118, 128, 138, 139, 134, 135]);

export interface SpsSize {
  width: number;
  height: number;
  /** Crop on the top or left edge (ffmpeg then ignores the container's size). */
  cropTopLeft: boolean;
}

/**
 * The displayed size an H.264 SPS NAL unit (header byte included) describes, cropped as ffmpeg's
 * h264 decoder crops it; null when the SPS is malformed or its crop invalid (ffmpeg rejects it).
 */
export function h264SpsSize(nal: Uint8Array): SpsSize | null {
  if (nal.length < 4 || (nal[0] & 0x1f) !== 7) return null;
  try {
    const g = new Bits(rbsp(nal.subarray(1)));
    const profile = g.u(8);
    g.u(16); // constraint flags, level
    if (g.ue() > 31) return null; // seq_parameter_set_id
    let chroma = 1;
    if (HIGH_PROFILES.has(profile)) {
      chroma = g.ue();
      if (chroma > 3) return null;
      if (chroma === 3) g.u1(); // separate_colour_plane_flag
      if (g.ue() > 6 || g.ue() > 6) return null; // bit depths
      g.u1(); // qpprime_y_zero_transform_bypass_flag
      if (g.u1()) {
        for (let i = 0; i < (chroma !== 3 ? 8 : 12); i++) {
          if (!g.u1()) continue;
          let last = 8;
          let next = 8;
          for (let j = 0; j < (i < 6 ? 16 : 64); j++) {
            if (next) next = (last + g.se() + 256) % 256;
            last = next || last;
          }
        }
      }
    }
    if (g.ue() > 12) return null; // log2_max_frame_num_minus4
    const pocType = g.ue();
    if (pocType === 0) {
      if (g.ue() > 12) return null;
    } else if (pocType === 1) {
      g.u1();
      g.se();
      g.se();
      const cycle = g.ue();
      if (cycle > 255) return null;
      for (let i = 0; i < cycle; i++) g.se();
    } else if (pocType !== 2) {
      return null;
    }
    g.ue(); // max_num_ref_frames
    g.u1(); // gaps_in_frame_num_value_allowed_flag
    const mbWidth = g.ue() + 1;
    const mapHeight = g.ue() + 1;
    const frameMbsOnly = g.u1();
    if (!frameMbsOnly) g.u1(); // mb_adaptive_frame_field_flag
    g.u1(); // direct_8x8_inference_flag
    const width = 16 * mbWidth;
    const height = 16 * mapHeight * (2 - frameMbsOnly);
    if (width > 16384 || height > 16384) return null;
    if (!g.u1()) return { width, height, cropTopLeft: false };
    const [left, right, top, bottom] = [g.ue(), g.ue(), g.ue(), g.ue()];
    const stepX = chroma === 1 || chroma === 2 ? 2 : 1;
    const stepY = (2 - frameMbsOnly) * (chroma === 1 ? 2 : 1);
    if ((left + right) * stepX >= width || (top + bottom) * stepY >= height) return null;
    return {
      width: width - (left + right) * stepX,
      height: height - (top + bottom) * stepY,
      cropTopLeft: left > 0 || top > 0,
    };
  } catch {
    return null;
  }
}

/**
 * The size ffprobe reports for an H.264 stream: the SPS size, unless the container gives a size
 * no larger within the same 16-pixel macroblock grid and the SPS crops no top or left edge
 * (ffmpeg's "container cropping").
 */
export function h264DisplayedSize(sps: SpsSize, containerW: number, containerH: number): [number, number] {
  const align = (x: number) => Math.ceil(x / 16) * 16;
  const useContainer =
    containerW > 0 &&
    containerH > 0 &&
    !sps.cropTopLeft &&
    align(containerW) === align(sps.width) &&
    align(containerH) === align(sps.height) &&
    containerW <= sps.width &&
    containerH <= sps.height;
  return useContainer ? [containerW, containerH] : [sps.width, sps.height];
}

/**
 * The displayed size an HEVC SPS NAL unit (2-byte header included) describes: the luma size less
 * the conformance window, as ffmpeg's hevc decoder reports it; null when malformed.
 */
export function hevcSpsSize(nal: Uint8Array): { width: number; height: number } | null {
  if (nal.length < 6 || ((nal[0] >> 1) & 0x3f) !== 33) return null;
  try {
    const g = new Bits(rbsp(nal.subarray(2)));
    g.u(4); // sps_video_parameter_set_id
    const subLayers = g.u(3);
    if (subLayers > 6) return null;
    g.u1(); // temporal_id_nesting
    g.u(88); // general profile space, tier, idc, compatibility flags, constraint flags
    g.u(8); // general_level_idc
    const profilePresent: number[] = [];
    const levelPresent: number[] = [];
    for (let i = 0; i < subLayers; i++) {
      profilePresent.push(g.u1());
      levelPresent.push(g.u1());
    }
    if (subLayers > 0) for (let i = subLayers; i < 8; i++) g.u(2);
    for (let i = 0; i < subLayers; i++) {
      if (profilePresent[i]) g.u(88);
      if (levelPresent[i]) g.u(8);
    }
    if (g.ue() > 15) return null; // sps_seq_parameter_set_id
    const chroma = g.ue();
    if (chroma > 3) return null;
    if (chroma === 3) g.u1(); // separate_colour_plane_flag
    const width = g.ue();
    const height = g.ue();
    if (!width || !height || width > 16888 || height > 16888) return null;
    if (!g.u1()) return { width, height };
    const subW = chroma === 1 || chroma === 2 ? 2 : 1;
    const subH = chroma === 1 ? 2 : 1;
    const [left, right, top, bottom] = [g.ue() * subW, g.ue() * subW, g.ue() * subH, g.ue() * subH];
    if (left + right >= width || top + bottom >= height) return null;
    return { width: width - left - right, height: height - top - bottom };
  } catch {
    return null;
  }
}
